/**
 * Stripe's error envelope: `{ "error": { "type", "message", "code", "param" } }`.
 * Thrown anywhere in a request; the server turns it into the JSON response.
 */
export type StripeErrorType = "invalid_request_error" | "idempotency_error" | "api_error" | "card_error";

export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly body: StripeErrorBody;
  readonly headers: Record<string, string>;

  constructor(status: number, body: StripeErrorBody, headers: Record<string, string> = {}) {
    super(body.message);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  toJSON(): { error: StripeErrorBody } {
    return { error: this.body };
  }
}

export function invalidRequest(message: string, param?: string, code = "parameter_invalid"): ApiError {
  return new ApiError(400, { type: "invalid_request_error", message, code, ...(param ? { param } : {}) });
}

export function missingParam(param: string): ApiError {
  return new ApiError(400, { type: "invalid_request_error", message: `Missing required param: ${param}.`, code: "parameter_missing", param });
}

/** A missing object in the URL path: 404. */
export function noSuchObject(resource: string, id: string): ApiError {
  return new ApiError(404, { type: "invalid_request_error", message: `No such ${resource}: '${id}'`, code: "resource_missing", param: "id" });
}

/** A missing object named by a request parameter: 400, as Stripe does. */
export function noSuchParamObject(resource: string, id: string, param: string): ApiError {
  return new ApiError(400, { type: "invalid_request_error", message: `No such ${resource}: '${id}'`, code: "resource_missing", param });
}

export function unrecognizedUrl(method: string, path: string): ApiError {
  return new ApiError(404, {
    type: "invalid_request_error",
    message: `Unrecognized request URL (${method}: ${path}). This is the local Stripe emulator; see scripts/stripe-emulator for the endpoints it serves.`,
    code: "resource_missing",
  });
}

export function payloadTooLarge(limitBytes: number): ApiError {
  return new ApiError(413, {
    type: "invalid_request_error",
    message: `Request body exceeds the ${limitBytes} byte limit.`,
    code: "request_too_large",
  });
}
