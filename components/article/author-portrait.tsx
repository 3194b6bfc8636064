import Image from "next/image";
import type { ImageDto } from "@/lib/articles/dto";

/**
 * A byline portrait, or the initials when there is none. Decorative: the
 * name is always printed beside it, so screen readers skip the picture.
 */
export function AuthorPortrait({
  name,
  image,
  size,
  className,
}: {
  name: string;
  image: ImageDto | null;
  /** Rendered size in CSS pixels (the image is square). */
  size: number;
  className: string;
}) {
  if (image) {
    return (
      <Image
        src={image.src}
        alt=""
        width={size}
        height={size}
        sizes={`${size}px`}
        className={`${className} author-portrait`}
      />
    );
  }
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2);
  return (
    <span className={className} aria-hidden="true">
      {initials}
    </span>
  );
}
