/** The field an over-the-credit-limit refusal of an accept names (lib/ledger/credit-limit.ts), so
 * the order's buttons offer "Accept anyway". Its own file: the browser imports it. */
export const ABOVE_CREDIT_LIMIT = "aboveCreditLimit";
