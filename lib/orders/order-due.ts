/** What the buyer owes for an order: its invoice's total once invoiced (GST included), else its
 * own total. Its own module: the order buttons in the browser import it, and nothing else. */
export function orderDuePaise(order: { totalPaise: number; billedPaise: number | null }): number {
  return order.billedPaise ?? order.totalPaise;
}
