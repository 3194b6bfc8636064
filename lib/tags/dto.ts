export interface ManagedTagDto {
  id: string;
  slug: string;
  name: string;
  description: string;
  articleCount: number;
}

export interface TagDto {
  id: string;
  slug: string;
  name: string;
  description: string;
}
