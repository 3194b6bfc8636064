import type { ArticleStatus } from "@/generated/prisma/enums";

// Declared beside the list-address parser, named here for the components.
export type { MediaListFilters } from "./library-params";

/** An image from the library: its address, its size and its own text. */
export interface StoredImageDto {
  id: string;
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
}

/** One tile of the library grid. */
export interface LibraryItem extends StoredImageDto {
  mimeType: string;
  bytes: number;
  createdAt: Date;
  uploadedBy: string | null;
  mine: boolean;
}

export interface LibraryPage {
  items: LibraryItem[];
  total: number;
  page: number;
  pageCount: number;
}

export interface UsePlace {
  title: string;
  status: ArticleStatus;
  /** Where the viewer can open it: the editor, or the public page. */
  href: string;
}

/** The places of one kind that are named, and how many more there are beyond the list. */
export interface PlaceList<T> {
  places: T[];
  more: number;
}

/** A library tile's fields (without "mine"), plus variants and where it is used. */
export interface MediaDetail extends Omit<LibraryItem, "mine"> {
  variants: { width: number; height: number; bytes: number; src: string }[];
  usage: {
    hero: PlaceList<UsePlace>;
    seo: PlaceList<UsePlace>;
    body: PlaceList<UsePlace>;
    avatars: PlaceList<{ name: string; href: string }>;
    /** Places in articles the viewer may not open, counted but not named. */
    hidden: number;
    total: number;
  };
  canEdit: boolean;
  canDelete: boolean;
}

/** An image as the editor's picker, previews and upload answers see it. */
export interface MediaItem extends StoredImageDto {
  createdAt: string;
}

/** An upload's answer: the stored image, and whether it was there already. */
export interface UploadedImage extends MediaItem {
  duplicate: boolean;
}
