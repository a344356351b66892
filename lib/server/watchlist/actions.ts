"use server";

import { redirect } from "next/navigation";

import { addWatch, removeWatch, turnAlertsOff, turnAlertsOn } from "@/db/accounts/queries";
import { getOccupationBySoc } from "@/db/queries/occupations";
import { verifyUnsubscribeToken } from "@/lib/server/alerts/unsubscribe-token";
import { getViewer } from "@/lib/server/auth/viewer";
import { getEntitlements } from "@/lib/server/entitlements";
import { occupationPath } from "@/lib/soc";
import { watchLimit } from "@/lib/watchlist";
import { watchFormSchema } from "@/lib/validations/watchlist";

/**
 * Watch / stop watching (plain form posts: they work without JavaScript) and alert settings.
 * The user comes from the session only; the form says which occupation and where to return.
 */

/** The posted code and its profile path (null for a code the content database no longer has). */
function parseWatchForm(formData: FormData) {
  const parsed = watchFormSchema.safeParse({ soc: formData.get("soc"), from: formData.get("from") ?? undefined });
  if (!parsed.success) redirect("/account?error=watch-unknown#watchlist");
  const occupation = getOccupationBySoc(parsed.data.soc);
  return { soc: parsed.data.soc, path: occupation === null ? null : occupationPath(occupation.slug), from: parsed.data.from };
}

async function signedInUser(next: string) {
  const { user } = await getViewer();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return user;
}

export async function watchAction(formData: FormData): Promise<void> {
  const { soc, path } = parseWatchForm(formData);
  if (path === null) redirect("/account?error=watch-unknown#watchlist");
  const user = await signedInUser(path);
  const result = await addWatch(user.id, soc, watchLimit((await getEntitlements(user.id)).pro));
  redirect(`${path}?watch=${result}#watch`);
}

export async function unwatchAction(formData: FormData): Promise<void> {
  const { soc, path, from } = parseWatchForm(formData);
  const user = await signedInUser(from === "account" || path === null ? "/account" : path);
  await removeWatch(user.id, soc);
  redirect(from === "account" || path === null ? "/account?notice=unwatched#watchlist" : `${path}?watch=removed#watch`);
}

export async function alertsOnAction(): Promise<void> {
  const user = await signedInUser("/account");
  await turnAlertsOn(user.id);
  redirect("/account?notice=alerts-on#watchlist");
}

export async function alertsOffAction(): Promise<void> {
  const user = await signedInUser("/account");
  await turnAlertsOff(user.id);
  redirect("/account?notice=alerts-off#watchlist");
}

/** The unsubscribe link's confirmation button: works signed out, for the token's user only. */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const userId = verifyUnsubscribeToken(token);
  if (userId === null || typeof token !== "string" || !(await turnAlertsOff(userId))) redirect("/alerts/unsubscribe?error=invalid");
  // Back to the link's own page, which now says alerts are off.
  redirect(`/alerts/unsubscribe?token=${encodeURIComponent(token)}`);
}
