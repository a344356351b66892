import { z } from "zod";

import { socSchema } from "./stripe-objects";

/** The PDF checkout form: only the SOC code is read; any user id a form carries is ignored. */
export const reportCheckoutFormSchema = z.object({ soc: socSchema });
