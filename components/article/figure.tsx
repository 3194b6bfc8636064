import Image from "next/image";
import type { ImageDto } from "@/lib/articles/dto";

/** An image with its caption and photo credit, as every placement shows it. */
export function Figure({
  image,
  sizes,
  priority = false,
  className,
}: {
  image: ImageDto;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    <figure className={className}>
      <Image
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes={sizes}
        // The page's largest paint: fetched first, never lazily.
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

/**
 * A story's hero: the page's largest picture, so the browser fetches it
 * first, drawn as wide as the article column allows.
 */
export function HeroFigure({ image }: { image: ImageDto }) {
  return (
    <Figure
      image={image}
      sizes="(min-width: 1024px) 960px, 100vw"
      priority
      className="article-hero"
    />
  );
}
