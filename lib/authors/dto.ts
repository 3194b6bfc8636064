import type { ImageDto } from "@/lib/articles/dto";

export type { AuthorLinkKind } from "./schemas";

export interface LinkedAccountDto {
  id: string;
  name: string;
  email: string;
  active: boolean;
}

export interface ManagedAuthorDto {
  id: string;
  slug: string;
  name: string;
  jobTitle: string;
  account: LinkedAccountDto | null;
  bylineCount: number;
}

export interface ManagedAuthorDetailDto extends ManagedAuthorDto {
  bio: string;
  links: { kind: string; url: string }[];
}

export interface StaffAccountOptionDto extends LinkedAccountDto {
  /** The byline this account already writes under, if any. */
  authorId: string | null;
  authorName: string | null;
}

export interface AuthorPageDto {
  id: string;
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  links: { kind: string; url: string }[];
  /** The byline portrait, when the newsroom has one. */
  avatar: ImageDto | null;
}
