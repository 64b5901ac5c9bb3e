// Types for unhomoglyph, which ships none: one function over Unicode's confusables.txt.
declare module "unhomoglyph" {
  /** `text` with every character that has a confusable prototype (UTS #39) replaced by it. */
  export default function unhomoglyph(text: string): string;
}
