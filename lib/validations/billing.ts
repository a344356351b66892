import { z } from "zod";

import { socCodeSchema } from "@/lib/validations/soc";

/** The PDF checkout form: only the SOC code is read; any user id a form carries is ignored. */
export const reportCheckoutFormSchema = z.object({ soc: socCodeSchema });
