import Stripe from "stripe";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { addMonths, nextPeriod, periodBoundary } from "../clock";
import { ApiError } from "../errors";
import { applyMetadata, formBoolean, formInteger, metadataParam, parseForm, parseParams } from "../form";
import { html } from "../html";
import { isLoopbackAddress, isLoopbackHost } from "../loopback";
import { readForms } from "../testing";
import { signatureHeader } from "../webhooks";

const utc = (text: string) => Date.parse(text) / 1000;

describe("emulator clock", () => {
  it("adds months like Stripe, clamping to month end and keeping the time of day", () => {
    expect(addMonths(utc("2026-01-15T10:20:30Z"), 1)).toBe(utc("2026-02-15T10:20:30Z"));
    expect(addMonths(utc("2026-01-31T08:00:00Z"), 1)).toBe(utc("2026-02-28T08:00:00Z"));
    expect(addMonths(utc("2028-01-31T08:00:00Z"), 1)).toBe(utc("2028-02-29T08:00:00Z"));
    expect(addMonths(utc("2026-12-05T00:00:00Z"), 1)).toBe(utc("2027-01-05T00:00:00Z"));
  });

  it("anchors periods to the billing cycle anchor, so a short month does not shift later periods", () => {
    const anchor = utc("2026-01-31T12:00:00Z");
    expect(periodBoundary(anchor, "month", 1, 1)).toBe(utc("2026-02-28T12:00:00Z"));
    expect(nextPeriod(anchor, "month", 1, utc("2026-02-28T12:00:00Z"))).toEqual({
      start: utc("2026-02-28T12:00:00Z"),
      end: utc("2026-03-31T12:00:00Z"),
    });
    expect(periodBoundary(anchor, "year", 1, 1)).toBe(utc("2027-01-31T12:00:00Z"));
    expect(periodBoundary(anchor, "week", 2, 1)).toBe(anchor + 14 * 86_400);
  });
});

describe("webhook signatures", () => {
  const payload = JSON.stringify({ id: "evt_1", object: "event", type: "customer.created", data: { object: {} } }, null, 2);

  it("match the SDK's own test header and pass constructEvent", () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const header = signatureHeader(payload, "whsec_abc", timestamp);
    expect(header).toBe(Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_abc", timestamp }));
    expect(Stripe.webhooks.constructEvent(payload, header, "whsec_abc").id).toBe("evt_1");
  });

  it("fail verification with another secret, a changed body or an old timestamp", () => {
    const now = Math.floor(Date.now() / 1000);
    const header = signatureHeader(payload, "whsec_abc", now);
    expect(() => Stripe.webhooks.constructEvent(payload, header, "whsec_other")).toThrow();
    expect(() => Stripe.webhooks.constructEvent(`${payload} `, header, "whsec_abc")).toThrow();
    expect(() => Stripe.webhooks.constructEvent(payload, signatureHeader(payload, "whsec_abc", now - 3600), "whsec_abc")).toThrow();
  });
});

describe("form parameters", () => {
  it("parses Stripe's bracket notation, including the SDK's indexed arrays", () => {
    expect(parseForm("line_items[0][price]=price_1&line_items[0][quantity]=2&metadata[soc]=15-1252&expand[]=a&expand[]=b")).toEqual({
      line_items: [{ price: "price_1", quantity: "2" }],
      metadata: { soc: "15-1252" },
      expand: ["a", "b"],
    });
    expect(parseForm("expand[0]=x&expand[1]=y").expand).toEqual(["x", "y"]);
  });

  it("refuses absurd nesting instead of silently flattening it", () => {
    expect(() => parseForm("a[b][c][d][e][f][g][h][i][j]=1")).toThrow(ApiError);
  });

  it("turns zod problems into Stripe's messages and param names", () => {
    const schema = z.object({ mode: z.enum(["payment"]), line_items: z.array(z.object({ quantity: formInteger }).strict()), flag: formBoolean.optional() }).strict();
    const problem = (input: unknown) => {
      try {
        parseParams(schema, input);
      } catch (error) {
        return (error as ApiError).toJSON().error;
      }
      throw new Error("expected a validation error");
    };
    expect(problem({ line_items: [] })).toMatchObject({ message: "Missing required param: mode.", param: "mode", code: "parameter_missing" });
    expect(problem({ mode: "payment", line_items: [{ quantity: "two" }] })).toMatchObject({ param: "line_items[0][quantity]", code: "parameter_invalid" });
    expect(problem({ mode: "payment", line_items: [], extra: "1" })).toMatchObject({ message: "Received unknown parameter: extra", param: "extra" });
    expect(problem({ mode: "payment", line_items: [], flag: "yes" })).toMatchObject({ param: "flag" });
    expect(parseParams(schema, { mode: "payment", line_items: [{ quantity: "3" }], flag: "true" })).toEqual({ mode: "payment", line_items: [{ quantity: 3 }], flag: true });
  });

  it("applies metadata updates the way Stripe does (empty value unsets, empty metadata clears)", () => {
    expect(applyMetadata({ a: "1", b: "2" }, metadataParam.parse({ b: "", c: "3" }))).toEqual({ a: "1", c: "3" });
    expect(applyMetadata({ a: "1" }, metadataParam.parse(""))).toEqual({});
    expect(applyMetadata({ a: "1" }, undefined)).toEqual({ a: "1" });
    expect(metadataParam.safeParse({ ["k".repeat(41)]: "v" }).success).toBe(false);
  });
});

describe("hosted page HTML", () => {
  it("escapes interpolated text and attributes", () => {
    const name = `<script>alert("x")</script>`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
  });

  it("can be read back as forms by the test helper", () => {
    const page = html`<form method="post" action="/portal/bps_1"><input type="hidden" name="subscription" value="sub_&amp;1"><button type="submit" name="action" value="cancel">Cancel at period end</button></form>`;
    expect(readForms(page.value)).toEqual([
      { action: "/portal/bps_1", method: "post", fields: { subscription: "sub_&1" }, buttons: [{ name: "action", value: "cancel", label: "Cancel at period end" }] },
    ]);
  });
});

describe("test-control loopback checks", () => {
  it("need a loopback peer and a localhost Host (DNS-rebinding guard)", () => {
    for (const address of ["127.0.0.1", "127.9.9.9", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ["10.0.0.1", "::ffff:10.0.0.1", "unknown", "", null, undefined]) expect(isLoopbackAddress(address)).toBe(false);
    for (const host of ["localhost:3000", "127.0.0.1:3000", "localhost", "[::1]:3000", "LOCALHOST:1"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["evil.example:3000", "localhost.evil.example", "127.0.0.1.nip.io", "evil@localhost", "localhost:99999", "::1", "", null]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});
