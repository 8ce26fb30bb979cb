/** The catalog grid's image width: two columns on a phone, three from sm, inside the app's
 * 448 px column (max-w-md), so the browser never fetches a variant wider than the tile. */
export const TILE_SIZES = "(min-width: 640px) 150px, (min-width: 448px) 224px, 50vw";
