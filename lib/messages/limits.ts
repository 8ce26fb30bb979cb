// Shared by the server's validation and the browser's composer (no server imports here).
export const MAX_MESSAGE_LENGTH = 4000;
