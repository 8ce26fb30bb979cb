/** Times are shown in India's zone on the server and in the browser, so both render the same text. */
export const TIME_ZONE = "Asia/Kolkata";
