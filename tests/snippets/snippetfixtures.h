#pragma once

// Kept out of the Q_OBJECT test source (Qt 6.4's moc misreads raw strings with quotes and braces).

// Prepended to a JavaScript snippet: fetch records each request on stderr as one JSON line and answers [].
inline constexpr char fetchStub[] = R"(globalThis.fetch = async (url, init) => {
  process.stderr.write(JSON.stringify({ method: init.method, url, headers: init.headers, body: init.body ?? null }) + "\n");
  return { ok: true, status: 200, headers: new Map([["X-Pages", "1"]]), json: async () => [], text: async () => "" };
};
)";

// A body and a query value no generator may break: quotes, backslashes, newlines, a tab, U+2028, an emoji,
// a lone surrogate's neighbour, shell and template syntax.
inline constexpr char hostileBody[] =
    "[\n\t\"a\\\"b\", \"c\\\\d\", \"line\\nbreak\", \"tab\\there\", \"\xE2\x80\xA8\", "
    "\"\xF0\x9F\x98\x80\", \"${x} `y` $(z) '\"]";
inline constexpr char hostileQuery[] = "it's \"${x}\" `y` $(z)\n\\ \xE2\x80\xA8 \xF0\x9F\x98\x80 a,b&c=d";
