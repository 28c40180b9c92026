// The privacy clock of a shared screen: after `idleSeconds` without a touch, warn; `warningSeconds` later, reset.
// Paused while the kiosk speaks. Every touch or key restarts it (except on the warning, where only "Continuer" does).
export class IdleClock {
  constructor({ onWarn, onTick, onExpire, isPaused, isActive }) {
    Object.assign(this, { onWarn, onTick, onExpire, isPaused, isActive });
    this.idleSeconds = 120;
    this.warningSeconds = 30;
    this.last = Date.now();
    this.warningSince = null;
    this.timer = setInterval(() => this.check(), 1000);
  }

  configure(idleSeconds, warningSeconds) {
    this.idleSeconds = idleSeconds;
    this.warningSeconds = warningSeconds;
  }

  touched() {
    if (this.warningSince === null) this.last = Date.now();
  }

  continue() {
    this.warningSince = null;
    this.last = Date.now();
  }

  check() {
    const now = Date.now();
    if (!this.isActive() || (this.warningSince === null && this.isPaused())) {
      this.last = now;
      return;
    }
    if (this.warningSince === null) {
      if (now - this.last >= this.idleSeconds * 1000) {
        this.warningSince = now;
        this.onWarn(this.warningSeconds);
      }
      return;
    }
    const left = this.warningSeconds - Math.floor((now - this.warningSince) / 1000);
    if (left <= 0) {
      this.warningSince = null;
      this.last = now;
      this.onExpire();
    } else {
      this.onTick(left);
    }
  }
}
