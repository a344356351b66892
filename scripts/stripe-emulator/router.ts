/** A tiny path router: `/v1/customers/:id` patterns, exact segments otherwise. */
export interface Route<H> {
  method: string;
  pattern: string;
  handler: H;
}

interface CompiledRoute<H> extends Route<H> {
  regex: RegExp;
  keys: string[];
}

export type RouteMatch<H> = { handler: H; params: Record<string, string> } | null;

export class Router<H> {
  private readonly routes: CompiledRoute<H>[] = [];

  add(method: string, pattern: string, handler: H): this {
    const keys: string[] = [];
    const source = pattern
      .split("/")
      .map((segment) => {
        if (segment.startsWith(":")) {
          keys.push(segment.slice(1));
          return "([^/]+)";
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    this.routes.push({ method, pattern, handler, regex: new RegExp(`^${source}/?$`), keys });
    return this;
  }

  match(method: string, path: string): RouteMatch<H> {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.regex.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, index) => {
        params[key] = safeDecode(found[index + 1] ?? "");
      });
      return { handler: route.handler, params };
    }
    return null;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
