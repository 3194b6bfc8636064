/**
 * An ICO file holding PNG images (the form every browser since Windows
 * Vista's time reads): a 6-byte header, a 16-byte entry per image, then the
 * images. Pure.
 */
export function packIco(images: { size: number; png: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const headerBytes = 6 + images.length * 16;
  const total = headerBytes + images.reduce((sum, image) => sum + image.png.byteLength, 0);
  const out = new Uint8Array(new ArrayBuffer(total));
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true);
  view.setUint16(2, 1, true); // 1: icon
  view.setUint16(4, images.length, true);
  let offset = headerBytes;
  images.forEach((image, index) => {
    const entry = 6 + index * 16;
    // 0 stands for 256 pixels.
    view.setUint8(entry, image.size >= 256 ? 0 : image.size);
    view.setUint8(entry + 1, image.size >= 256 ? 0 : image.size);
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, image.png.byteLength, true);
    view.setUint32(entry + 12, offset, true);
    out.set(image.png, offset);
    offset += image.png.byteLength;
  });
  return out;
}
