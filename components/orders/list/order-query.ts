// The Orders page's filters as they travel in the address: read from the page's search params,
// written back into links (load more, export, dashboard tiles). Values are passed to the services
// as typed; the services validate them (order-filters.ts), so this only shapes them.
export type SearchParams = Record<string, string | string[] | undefined>;

export interface OrderQuery {
  status: string[];
  buyerId: string;
  /** Orders of the buyers who carry this label (lib/labels). */
  labelId: string;
  from: string;
  to: string;
  designCode: string;
  number: string;
}

export const EMPTY_ORDER_QUERY: OrderQuery = { status: [], buyerId: "", labelId: "", from: "", to: "", designCode: "", number: "" };

const MAX_LENGTH = 100;

/** The first value of a parameter, bounded: an address can carry anything. */
export function firstParam(params: SearchParams, key: string): string {
  const value = params[key];
  const text = Array.isArray(value) ? value[0] : value;
  return (text ?? "").trim().slice(0, MAX_LENGTH);
}

export function readOrderQuery(params: SearchParams): OrderQuery {
  const status = params.status;
  const statuses = (Array.isArray(status) ? status : status ? [status] : []).map((s) => s.trim().slice(0, 20)).filter(Boolean);
  return {
    status: [...new Set(statuses)].slice(0, 10),
    buyerId: firstParam(params, "buyerId"),
    labelId: firstParam(params, "labelId"),
    from: firstParam(params, "from"),
    to: firstParam(params, "to"),
    designCode: firstParam(params, "designCode"),
    number: firstParam(params, "number"),
  };
}

/** The filters as a service input (blank means "no filter"). */
export function orderFilterInput(query: OrderQuery, businessId: string) {
  return {
    businessId,
    status: query.status.length ? query.status : undefined,
    buyerId: query.buyerId || undefined,
    labelId: query.labelId || undefined,
    from: query.from || undefined,
    to: query.to || undefined,
    designCode: query.designCode || undefined,
    number: query.number || undefined,
  };
}

/** Only the filters that are set, so addresses stay short and readable. */
export function orderQueryString(query: OrderQuery, extra: Record<string, string | null | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const status of query.status) search.append("status", status);
  for (const key of ["buyerId", "labelId", "from", "to", "designCode", "number"] as const) {
    if (query[key]) search.set(key, query[key]);
  }
  for (const [key, value] of Object.entries(extra)) if (value) search.set(key, value);
  return search.toString();
}

export function ordersHref(query: OrderQuery, extra: Record<string, string | null | undefined> = {}): string {
  const text = orderQueryString(query, extra);
  return text ? `/orders?${text}` : "/orders";
}

/** Filters besides status and the number search: they live behind "More filters". */
export function moreFilterCount(query: OrderQuery): number {
  return [query.buyerId, query.labelId, query.from || query.to, query.designCode].filter(Boolean).length;
}

export function isFiltered(query: OrderQuery): boolean {
  return query.status.length > 0 || moreFilterCount(query) > 0 || Boolean(query.number);
}
