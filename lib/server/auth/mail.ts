import "server-only";

import nodemailer, { type Transporter } from "nodemailer";

import { insertOutboxMail } from "@/db/accounts/queries";
import { env } from "@/env";

export type Mail = { to: string; subject: string; text: string; html?: string; link: string | null };

let transport: Transporter | null = null;

/**
 * Sends mail through SMTP when `SMTP_URL` is set. Otherwise the mail goes to the local
 * outbox table (listed at /dev/outbox in local mode) and one line with the link is
 * written to the server log, so sign-in works offline.
 */
export async function sendMail(mail: Mail): Promise<void> {
  if (env.SMTP_URL) {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    return;
  }
  await insertOutboxMail({ to: mail.to, subject: mail.subject, text: mail.text, link: mail.link });
  console.info(`[outbox] "${mail.subject}" to ${mail.to}${mail.link ? `: ${mail.link}` : ""}`);
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function magicLinkMail(to: string, url: string, minutes: number): Mail {
  const text = [
    "Sign in to AI Pressure",
    "",
    `Open this link to sign in. It works once and expires in ${minutes} minutes:`,
    url,
    "",
    "If you did not ask for this, you can ignore this email.",
  ].join("\n");
  const html = `<p>Open this link to sign in to AI Pressure. It works once and expires in ${minutes} minutes:</p><p><a href="${escapeHtml(url)}">Sign in to AI Pressure</a></p><p>If you did not ask for this, you can ignore this email.</p>`;
  return { to, subject: "Your AI Pressure sign-in link", text, html, link: url };
}
