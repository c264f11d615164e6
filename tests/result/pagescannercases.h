#pragma once

// Page bodies for tst_pagescanner (a plain header: Qt 6.4's moc misreads raw strings with quotes and braces).

struct ScannerCase
{
    const char *name;
    const char *body;
    bool fast; // whether PageScanner reads it (else the general path does)
};

inline const ScannerCase scannerCases[] = {
    {"empty array", "[]", true},
    {"empty array with spaces", " \t\r\n[ \t\r\n] \t\r\n", true},
    {"one empty object", "[{}]", true},
    {"empty objects", "[{},{}, { } ]", true},
    {"one flat order",
     R"([{"duration":90,"is_buy_order":true,"issued":"2026-11-01T00:00:00Z","location_id":60003760,)"
     R"("min_volume":1,"order_id":6000000000,"price":12.34,"range":"region","system_id":30000142,)"
     R"("type_id":34,"volume_remain":5,"volume_total":10}])",
     true},
    {"missing keys in later rows", R"([{"a":1,"b":"x","c":null},{"a":2},{"c":true}])", true},
    {"new keys in later rows", R"([{"b":1},{"a":2,"b":3},{"c":4,"a":5}])", true},
    {"keys out of order between rows", R"([{"c":1,"a":2,"b":3},{"b":4,"c":5,"a":6},{"a":7,"b":8,"c":9}])", true},
    {"keys sorted bytewise", R"([{"b":1,"B":2,"_":3,"a":4,"A.b":5,"":6,"~":7,"0":8}])", true},
    {"big integers",
     R"([{"a":9007199254740991,"b":9007199254740992,"c":9007199254740993,"d":-9007199254740992,)"
     R"("e":-9007199254740991,"f":9223372036854775807,"g":-9223372036854775808,"h":1028858195912}])",
     true},
    {"integer overflow", R"([{"a":9223372036854775808}])", false},
    {"negative zero", R"([{"a":-0,"b":-0.0,"c":0.0,"d":-0e5,"e":0}])", true},
    {"extreme doubles",
     R"([{"a":1e308,"b":-1e308,"c":1.7976931348623157e308,"d":2.2250738585072014e-308,)"
     R"("e":5e-324,"f":1e-320,"g":0.1,"h":1e22,"i":1E+2,"j":2.5e-3,"k":123456789012345678.5}])",
     true},
    {"integral doubles", R"([{"a":1.0,"b":1e18,"c":9223372036854775807.0,"d":-9.2e18,"e":4.5e15,"f":1e19}])", true},
    {"double overflow", R"([{"a":1e400}])", false},
    {"long number", R"([{"a":1.00000000000000000000000000000000000000000001}])", false},
    {"literals", R"([{"t":true,"f":false,"n":null},{"t":false,"f":true,"n":null}])", true},
    {"printable ASCII",
     R"([{"s":" !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~"}])",
     true},
    {"delete byte", "[{\"s\":\"a\x7f\"}]", true},
    {"shared and long strings",
     R"([{"r":"region","s":"0123456789012345678901234567890123456789"},)"
     R"({"r":"region","s":"0123456789012345678901234567890123456789"},{"r":"station","s":""}])",
     true},
    {"string and number under one key", R"([{"a":"1"},{"a":1},{"a":"1"}])", true},
    {"whitespace everywhere", " [ { \"a\" : 1 , \"b\" :\t\"x\"\r\n} ,\n{\"a\":2}\t]\n", true},
    {"escape", R"([{"a":"x\"y"}])", false},
    {"unicode escape", R"([{"a":"\u00e9"}])", false},
    {"utf-8", "[{\"a\":\"\xc3\xa9\"}]", false},
    {"control byte", "[{\"a\":\"x\x01y\"}]", false},
    {"nested object", R"([{"a":{"b":1}}])", false},
    {"empty nested object", R"([{"a":{}}])", false},
    {"nested array", R"([{"a":[1,2]}])", false},
    {"duplicate keys", R"([{"a":1,"a":2}])", false},
    {"row not an object", R"([1,2,3])", false},
    {"mixed rows", R"([{"a":1},2])", false},
    {"top-level object", R"({"a":1})", false},
    {"cursor page", R"({"cursor":{"after":"x"},"records":[{"a":1}]})", false},
    {"scalar body", "42", false},
    {"empty body", "", false},
    {"trailing comma", R"([{"a":1},])", false},
    {"trailing comma in object", R"([{"a":1,}])", false},
    {"leading zero", R"([{"a":01}])", false},
    {"bare dot", R"([{"a":1.}])", false},
    {"plus sign", R"([{"a":+1}])", false},
    {"garbage after", R"([{"a":1}]x)", false},
    {"unterminated", R"([{"a":1})", false},
    {"unterminated string", R"([{"a":"x)", false},
    {"truncated literal", R"([{"a":tru}])", false},
    {"missing colon", R"([{"a" 1}])", false},
    {"unquoted key", R"([{a:1}])", false},
    {"byte order mark", "\xef\xbb\xbf[{\"a\":1}]", false},
};
