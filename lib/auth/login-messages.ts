// Texts the login check and the browser's sign-up flow share (no server code here: the sign-up
// form imports it).
export const WRONG_CREDENTIALS = "Wrong mobile number or password.";

/** After a sign-up the form logs in with what was typed. When that fails the number had an account
 * already (sign-up answers alike either way, so it does not tell which numbers have accounts:
 * README, "Sign-up does not say who has an account"); the person who owns it is told what to do. */
export const SIGNED_UP_BUT_NOT_LOGGED_IN =
  "We couldn't log you in with this number and password. If you have used Chatalog with this number before, log in with your password instead.";
