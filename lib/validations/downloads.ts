import { z } from "zod";

import { DOWNLOAD_FILES } from "@/lib/downloads";
import { RELEASE_ID_PATTERN } from "@/lib/releases";

/** `/downloads/<file>`: one of the bulk files. */
export const downloadFileSchema = z.enum(DOWNLOAD_FILES, { error: `Unknown download. Files: ${DOWNLOAD_FILES.join(", ")}.` });

/** `?release=<id>`: an earlier release by id (absent: the current one). */
export const releaseIdParamSchema = z
  .string()
  .max(40)
  .regex(RELEASE_ID_PATTERN, "release must be a release id such as 2026.11-28741d72 (see /releases).")
  .optional();
