"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { requestIp } from "./request-ip";
import { NON_ASCII_LOCAL_PART, safeNextPath, signInFormSchema } from "@/lib/validations/auth";
import { getAuth } from "./server";
import { requestSignInLink } from "./sign-in";

/** Sign-in form: validates the email, sends the link (rate-limited per requester, throttled per email), shows "Check your email". */
export async function requestMagicLinkAction(formData: FormData): Promise<void> {
  const next = safeNextPath(formData.get("next"));
  const parsed = signInFormSchema.safeParse({ email: formData.get("email"), next: formData.get("next") ?? undefined });
  const back = (query: string) => `/sign-in?${query}&next=${encodeURIComponent(next)}`;
  if (!parsed.success) {
    redirect(back(parsed.error.issues.some((issue) => issue.message === NON_ASCII_LOCAL_PART) ? "error=non-ascii-email" : "error=invalid-email"));
  }

  let result: Awaited<ReturnType<typeof requestSignInLink>> | "failed";
  try {
    result = await requestSignInLink({ email: parsed.data.email, next, ip: requestIp(await headers()) });
  } catch (error) {
    console.error("[auth] sending sign-in link failed:", error instanceof Error ? error.message : error);
    result = "failed";
  }
  redirect(back(result === "sent" || result === "throttled" ? "sent=1" : result === "rate-limited" ? "error=rate-limited" : "error=unavailable"));
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/");
}
