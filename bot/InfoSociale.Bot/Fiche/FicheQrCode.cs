using QRCoder;

namespace InfoSociale.Bot.Fiche;

// The fiche's address as a QR code in SVG (QRCoder), black on white with its quiet zone, so any phone reads it
// from the screen or from the 80 mm ticket.
public static class FicheQrCode
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(264, 264), "#000000", "#ffffff", drawQuietZones: true,
            SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
