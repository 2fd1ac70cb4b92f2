//! QR images: decoding what DevTools writes (base64, with or without a `data:` prefix, PNG or
//! JPEG) into RGBA pixels, reading a QR image back into its module grid, and rendering a grid with
//! Unicode half blocks for the terminal.

use base64::Engine as _;

/// The encoded format of a QR image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QrFormat {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
}

impl QrFormat {
    /// The usual file extension.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
        }
    }
}

/// A decoded image: `width × height` pixels, 4 bytes each (RGBA), row by row. Ready for a texture.
#[derive(Clone, PartialEq, Eq)]
pub struct QrImage {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// RGBA bytes, `width * height * 4` of them.
    pub rgba: Vec<u8>,
}

impl std::fmt::Debug for QrImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "QrImage({}×{})", self.width, self.height)
    }
}

impl QrImage {
    /// The luminance (0 black … 255 white) of a pixel; transparent counts as white.
    #[must_use]
    pub fn luma(&self, x: u32, y: u32) -> u8 {
        let start = ((y as usize) * (self.width as usize) + (x as usize)) * 4;
        let [red, green, blue, alpha] =
            [0, 1, 2, 3].map(|k| u32::from(self.rgba.get(start + k).copied().unwrap_or(255)));
        let luma = (299 * red + 587 * green + 114 * blue) / 1000;
        // Blend over white by alpha.
        ((luma * alpha + 255 * (255 - alpha)) / 255) as u8
    }
}

/// Why a QR image could not be decoded (worded in `preview.ftl`; `Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QrDecodeError {
    /// The file holds nothing.
    Empty,
    /// Not base64 (the decoder's own words).
    NotBase64(String),
    /// Base64 of something that is neither PNG nor JPEG.
    UnknownFormat,
    /// A PNG or JPEG that does not decode (the decoder's own words).
    Damaged(String),
}

impl std::fmt::Display for QrDecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::Localize::message(self).english())
    }
}

impl std::error::Error for QrDecodeError {}

/// Decodes base64 text as DevTools writes it: optional `data:image/…;base64,` prefix, whitespace
/// and line breaks allowed. Returns the image bytes exactly as made.
pub fn decode_base64_text(text: &str) -> Result<Vec<u8>, QrDecodeError> {
    let trimmed = text.trim().trim_start_matches('\u{feff}').trim_matches('"');
    let payload = match trimmed.strip_prefix("data:") {
        Some(rest) => rest.split_once(',').map_or(rest, |(_, data)| data),
        None => trimmed,
    };
    let compact: String = payload.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return Err(QrDecodeError::Empty);
    }
    base64::engine::general_purpose::STANDARD
        .decode(compact.as_bytes())
        .or_else(|_| {
            base64::engine::general_purpose::STANDARD_NO_PAD.decode(compact.trim_end_matches('='))
        })
        .map_err(|e| QrDecodeError::NotBase64(e.to_string()))
}

/// The format of encoded image bytes, from their signature.
#[must_use]
pub fn sniff_format(bytes: &[u8]) -> Option<QrFormat> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(QrFormat::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(QrFormat::Jpeg)
    } else {
        None
    }
}

/// Decodes PNG or JPEG bytes into RGBA pixels.
pub fn decode_image(bytes: &[u8]) -> Result<(QrFormat, QrImage), QrDecodeError> {
    let format = sniff_format(bytes).ok_or(QrDecodeError::UnknownFormat)?;
    let image_format = match format {
        QrFormat::Png => image::ImageFormat::Png,
        QrFormat::Jpeg => image::ImageFormat::Jpeg,
    };
    let decoded = image::load_from_memory_with_format(bytes, image_format)
        .map_err(|e| QrDecodeError::Damaged(e.to_string()))?
        .into_rgba8();
    Ok((
        format,
        QrImage {
            width: decoded.width(),
            height: decoded.height(),
            rgba: decoded.into_raw(),
        },
    ))
}

/// Why an image could not be encoded (worded in `preview.ftl`; `Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QrEncodeError {
    /// The pixel buffer does not match the image's size.
    PixelsMismatch,
    /// The encoder failed (its own words).
    Encoder(String),
}

impl std::fmt::Display for QrEncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::Localize::message(self).english())
    }
}

impl std::error::Error for QrEncodeError {}

/// Encodes pixels as PNG (for saving a locally drawn QR).
pub fn encode_png(image: &QrImage) -> Result<Vec<u8>, QrEncodeError> {
    let buffer = image::RgbaImage::from_raw(image.width, image.height, image.rgba.clone())
        .ok_or(QrEncodeError::PixelsMismatch)?;
    let mut bytes = Vec::new();
    buffer
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| QrEncodeError::Encoder(e.to_string()))?;
    Ok(bytes)
}

/// A QR code's modules: `size × size`, `true` for dark.
#[derive(Clone, PartialEq, Eq)]
pub struct ModuleGrid {
    size: usize,
    dark: Vec<bool>,
}

impl std::fmt::Debug for ModuleGrid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ModuleGrid({0}×{0})", self.size)
    }
}

impl ModuleGrid {
    /// A grid from row-major module values (`true` = dark). `None` unless `dark.len() == size²`.
    #[must_use]
    pub fn new(size: usize, dark: Vec<bool>) -> Option<Self> {
        (size > 0 && dark.len() == size * size).then_some(Self { size, dark })
    }

    /// Modules per side.
    #[must_use]
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x`, row `y` is dark; outside the grid is light.
    #[must_use]
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The grid drawn as an image: `scale` pixels per module, `quiet` light modules around.
    #[must_use]
    pub fn to_image(&self, scale: u32, quiet: u32) -> QrImage {
        let side_modules = self.size as u32 + 2 * quiet;
        let side = side_modules * scale.max(1);
        let mut rgba = Vec::with_capacity((side * side * 4) as usize);
        for py in 0..side {
            for px in 0..side {
                let mx = (px / scale.max(1)).checked_sub(quiet);
                let my = (py / scale.max(1)).checked_sub(quiet);
                let dark =
                    matches!((mx, my), (Some(x), Some(y)) if self.is_dark(x as usize, y as usize));
                let v = if dark { 0 } else { 255 };
                rgba.extend_from_slice(&[v, v, v, 255]);
            }
        }
        QrImage {
            width: side,
            height: side,
            rgba,
        }
    }
}

/// A QR found in an image: its modules and, when it decodes, its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadQr {
    /// The modules, as sampled from the image.
    pub grid: ModuleGrid,
    /// The decoded content, when error correction succeeds.
    pub text: Option<String>,
}

/// Finds the first QR code in `image` and reads its modules (with `rqrr`). `None` when no QR
/// pattern is found.
#[must_use]
pub fn read_qr(image: &QrImage) -> Option<ReadQr> {
    use rqrr::BitGrid as _;
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        image.width as usize,
        image.height as usize,
        |x, y| image.luma(x as u32, y as u32),
    );
    let grids = prepared.detect_grids();
    let found = grids
        .iter()
        .find(|g| g.decode().is_ok())
        .or_else(|| grids.first())?;
    let size = found.grid.size();
    let mut dark = Vec::with_capacity(size * size);
    for y in 0..size {
        for x in 0..size {
            dark.push(found.grid.bit(y, x));
        }
    }
    Some(ReadQr {
        grid: ModuleGrid::new(size, dark)?,
        text: found.decode().ok().map(|(_, text)| text),
    })
}

/// How the terminal shows modules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TerminalColors {
    /// Light text on a dark background (most terminals): blocks draw the light modules.
    #[default]
    LightOnDark,
    /// Dark text on a light background: blocks draw the dark modules.
    DarkOnLight,
}

/// Renders `grid` with `▀ ▄ █` and spaces, two module rows per line, with `quiet` light modules
/// around it (4 is the QR standard).
#[must_use]
pub fn render_half_blocks(grid: &ModuleGrid, quiet: usize, colors: TerminalColors) -> String {
    let side = grid.size() + 2 * quiet;
    let filled = |x: usize, y: usize| -> bool {
        let dark = x >= quiet && y >= quiet && grid.is_dark(x - quiet, y - quiet);
        match colors {
            TerminalColors::LightOnDark => !dark,
            TerminalColors::DarkOnLight => dark,
        }
    };
    let mut out = String::with_capacity((side + 1) * side.div_ceil(2) * 3);
    for row in (0..side).step_by(2) {
        for x in 0..side {
            let top = filled(x, row);
            let bottom = row + 1 < side && filled(x, row + 1);
            out.push(match (top, bottom) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
    }
    out
}

/// Renders any image with half blocks by sampling it down to at most `max_columns` columns: the
/// fallback when no QR grid can be found in it.
#[must_use]
pub fn render_image_half_blocks(
    image: &QrImage,
    max_columns: u32,
    colors: TerminalColors,
) -> String {
    if image.width == 0 || image.height == 0 {
        return String::new();
    }
    let columns = image.width.min(max_columns.max(1));
    let rows =
        (u64::from(image.height) * u64::from(columns) / u64::from(image.width)).max(1) as u32;
    // A square grid (light outside the image) so that the same renderer applies.
    let side = columns.max(rows) as usize;
    let mut dark = vec![false; side * side];
    for y in 0..rows {
        for x in 0..columns {
            let luma = image.luma(x * image.width / columns, y * image.height / rows);
            dark[y as usize * side + x as usize] = luma < 128;
        }
    }
    ModuleGrid::new(side, dark)
        .map(|grid| render_half_blocks(&grid, 0, colors))
        .unwrap_or_default()
}

/// Reads half-block text (as [`render_half_blocks`] writes it) back into filled cells, row-major;
/// used by tests to check that what the terminal shows is the QR.
#[must_use]
pub fn parse_half_blocks(text: &str) -> Vec<Vec<bool>> {
    let mut rows = Vec::new();
    for line in text.lines() {
        let (top, bottom): (Vec<bool>, Vec<bool>) = line
            .chars()
            .map(|c| match c {
                '█' => (true, true),
                '▀' => (true, false),
                '▄' => (false, true),
                _ => (false, false),
            })
            .unzip();
        rows.push(top);
        rows.push(bottom);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_grid() -> ModuleGrid {
        let code = qrcode::QrCode::new(b"https://example.com/preview?x=1").unwrap();
        let size = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        ModuleGrid::new(size, dark).unwrap()
    }

    fn png_of(image: &QrImage) -> Vec<u8> {
        let mut bytes = Vec::new();
        image::RgbaImage::from_raw(image.width, image.height, image.rgba.clone())
            .unwrap()
            .write_to(
                &mut std::io::Cursor::new(&mut bytes),
                image::ImageFormat::Png,
            )
            .unwrap();
        bytes
    }

    #[test]
    fn base64_with_or_without_data_prefix() {
        let png = png_of(&sample_grid().to_image(4, 4));
        let plain = base64::engine::general_purpose::STANDARD.encode(&png);
        let wrapped = plain
            .as_bytes()
            .chunks(76)
            .map(String::from_utf8_lossy)
            .collect::<Vec<_>>()
            .join("\n");
        for text in [
            plain.clone(),
            format!("data:image/png;base64,{plain}"),
            wrapped,
        ] {
            assert_eq!(decode_base64_text(&text).unwrap(), png);
        }
        assert_eq!(decode_base64_text("  \n"), Err(QrDecodeError::Empty));
        assert!(matches!(
            decode_base64_text("not*base64"),
            Err(QrDecodeError::NotBase64(_))
        ));
        let (format, image) = decode_image(&png).unwrap();
        assert_eq!(format, QrFormat::Png);
        assert_eq!(image.rgba.len(), (image.width * image.height * 4) as usize);
        assert_eq!(decode_image(b"GIF89a"), Err(QrDecodeError::UnknownFormat));
    }

    #[test]
    fn jpeg_is_accepted_and_read_back() {
        let grid = sample_grid();
        let image = grid.to_image(8, 4);
        let rgb = image::DynamicImage::ImageRgba8(
            image::RgbaImage::from_raw(image.width, image.height, image.rgba.clone()).unwrap(),
        )
        .into_rgb8();
        let mut jpeg = Vec::new();
        rgb.write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
        let (format, decoded) = decode_image(&jpeg).unwrap();
        assert_eq!(format, QrFormat::Jpeg);
        let read = read_qr(&decoded).unwrap();
        assert_eq!(
            read.text.as_deref(),
            Some("https://example.com/preview?x=1")
        );
        assert_eq!(read.grid, grid);
    }

    #[test]
    fn half_blocks_round_trip_to_the_same_qr() {
        let grid = sample_grid();
        let text = render_half_blocks(&grid, 4, TerminalColors::LightOnDark);
        let side = grid.size() + 8;
        assert_eq!(text.lines().count(), side.div_ceil(2));
        assert!(text.lines().all(|l| l.chars().count() == side));
        let cells = parse_half_blocks(&text);
        // Light-on-dark: a filled cell is a light module.
        let dark: Vec<bool> = (0..side)
            .flat_map(|y| (0..side).map(move |x| (x, y)))
            .map(|(x, y)| !cells[y][x])
            .collect();
        let redrawn = ModuleGrid::new(side, dark).unwrap().to_image(4, 0);
        assert_eq!(
            read_qr(&redrawn).unwrap().text.as_deref(),
            Some("https://example.com/preview?x=1")
        );
        let inverse = render_half_blocks(&grid, 1, TerminalColors::DarkOnLight);
        assert!(inverse.starts_with(' '));
    }

    #[test]
    fn sampling_fallback_draws_something_bounded() {
        let image = sample_grid().to_image(10, 4);
        let text = render_image_half_blocks(&image, 40, TerminalColors::LightOnDark);
        assert!(text.lines().all(|l| l.chars().count() <= 40));
        assert!(text.contains('█'));
    }
}
