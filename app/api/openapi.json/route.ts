import { NextResponse } from "next/server";

import { env } from "@/env";
import { openApiDocument } from "@/lib/server/api/openapi";
import { API_CACHE_CONTROL } from "@/lib/server/api/http";

/** `GET /api/openapi.json` — OpenAPI 3.1 description of every public endpoint. */
export function GET() {
  return NextResponse.json(openApiDocument(env.APP_URL), { headers: { "Cache-Control": API_CACHE_CONTROL } });
}
