/**
 * A strict, small XML 1.0 reader for tests of the sitemaps and feeds: it
 * refuses anything that is not well-formed (bad nesting, unescaped `<` or
 * `&`, unquoted or repeated attributes, undeclared namespace prefixes,
 * content after the root) and returns a tree with namespace URIs resolved,
 * so tests can check documents against the protocols' schemas.
 */
export interface XmlElement {
  /** Local name. */
  name: string;
  /** Namespace URI ("" when none). */
  ns: string;
  /** As written, with prefix. */
  qname: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes("<")) throw new Error(`unescaped "<" near ${where}`);
  return raw.replace(/&([^;\s&]*);?/g, (match, name: string) => {
    if (!match.endsWith(";")) throw new Error(`bare "&" near ${where}`);
    if (name in ENTITIES) return ENTITIES[name]!;
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1];
    if (code) return String.fromCodePoint(parseInt(code, 16));
    const dec = /^#(\d+)$/.exec(name)?.[1];
    if (dec) return String.fromCodePoint(Number(dec));
    throw new Error(`unknown entity &${name}; near ${where}`);
  });
}

export function parseXml(source: string): XmlElement {
  let pos = 0;
  if (source.startsWith("<?xml")) {
    const end = source.indexOf("?>");
    if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>$/.test(source.slice(0, end + 2))) {
      throw new Error("bad XML declaration");
    }
    pos = end + 2;
  }
  const stack: { el: XmlElement; scope: Record<string, string> }[] = [];
  let root: XmlElement | null = null;

  const resolve = (qname: string, scope: Record<string, string>, isAttr: boolean) => {
    const [prefix, local] = qname.includes(":") ? qname.split(":") : ["", qname];
    if (prefix === "xml") return { ns: "http://www.w3.org/XML/1998/namespace", name: local! };
    if (!prefix) return { ns: isAttr ? "" : (scope[""] ?? ""), name: local! };
    const ns = scope[prefix!];
    if (ns === undefined) throw new Error(`undeclared namespace prefix "${prefix}"`);
    return { ns, name: local! };
  };

  while (pos < source.length) {
    const lt = source.indexOf("<", pos);
    const text = source.slice(pos, lt === -1 ? source.length : lt);
    if (text.trim()) {
      const top = stack.at(-1);
      if (!top) throw new Error(`text outside the root near ${pos}`);
      top.el.text += decode(text, pos);
    }
    if (lt === -1) break;
    pos = lt;
    if (source.startsWith("<!--", pos)) {
      const end = source.indexOf("-->", pos);
      if (end === -1) throw new Error("unclosed comment");
      pos = end + 3;
      continue;
    }
    if (source.startsWith("<![CDATA[", pos)) {
      const end = source.indexOf("]]>", pos);
      const top = stack.at(-1);
      if (end === -1 || !top) throw new Error("bad CDATA section");
      top.el.text += source.slice(pos + 9, end);
      pos = end + 3;
      continue;
    }
    const gt = source.indexOf(">", pos);
    if (gt === -1) throw new Error("unclosed tag");
    const tag = source.slice(pos + 1, gt);
    pos = gt + 1;
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open || open.el.qname !== name) {
        throw new Error(`</${name}> closes <${open?.el.qname ?? "nothing"}>`);
      }
      continue;
    }
    if (tag.startsWith("?") || tag.startsWith("!")) throw new Error(`unexpected <${tag}>`);
    const selfClosing = tag.endsWith("/");
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const nameMatch = /^[^\s/>]+/.exec(body);
    const qname = nameMatch?.[0] ?? "";
    if (!NAME.test(qname)) throw new Error(`bad element name "${qname}"`);
    const rawAttrs: Record<string, string> = {};
    let rest = body.slice(qname.length);
    const attrPattern = /^\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/;
    for (let match = attrPattern.exec(rest); match; match = attrPattern.exec(rest)) {
      const key = match[1]!;
      if (!NAME.test(key)) throw new Error(`bad attribute name "${key}"`);
      if (key in rawAttrs) throw new Error(`repeated attribute "${key}" on <${qname}>`);
      rawAttrs[key] = decode(match[3] ?? match[4] ?? "", pos);
      rest = rest.slice(match[0].length);
    }
    if (rest.trim()) throw new Error(`malformed attributes on <${qname}>: "${rest.trim()}"`);

    const parentScope = stack.at(-1)?.scope ?? {};
    const scope = { ...parentScope };
    for (const [key, value] of Object.entries(rawAttrs)) {
      if (key === "xmlns") scope[""] = value;
      else if (key.startsWith("xmlns:")) scope[key.slice(6)] = value;
    }
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(rawAttrs)) {
      if (key === "xmlns" || key.startsWith("xmlns:")) continue;
      const { ns, name } = resolve(key, scope, true);
      attrs[ns ? `{${ns}}${name}` : name] = value;
    }
    const { ns, name } = resolve(qname, scope, false);
    const el: XmlElement = { name, ns, qname, attrs, children: [], text: "" };
    const parent = stack.at(-1);
    if (parent) parent.el.children.push(el);
    else if (root) throw new Error("more than one root element");
    else root = el;
    if (!selfClosing) stack.push({ el, scope });
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.el.qname}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Children with this namespace URI and local name. */
export function childrenOf(el: XmlElement, ns: string, name: string): XmlElement[] {
  return el.children.filter((child) => child.ns === ns && child.name === name);
}

/** The text of the one child with this name; throws when there is not exactly one. */
export function onlyText(el: XmlElement, ns: string, name: string): string {
  const found = childrenOf(el, ns, name);
  if (found.length !== 1) {
    throw new Error(`<${el.qname}> has ${found.length} <${name}> (want exactly one)`);
  }
  return found[0]!.text;
}

/** W3C Datetime (https://www.w3.org/TR/NOTE-datetime), the forms sitemaps accept. */
export const W3C_DATETIME =
  /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** RFC 822 date-time as RSS uses it, with a four-digit year (RFC 1123). */
export const RFC822_DATETIME =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
