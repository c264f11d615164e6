#!/usr/bin/env python3
"""Checks that esi-sandbox's generated bodies match their specs, with an independent validator.

For every spec given, runs the dumper (dumpgeneratedbodies) and validates each generated body of every GET
operation against the operation's success response schema with python3-jsonschema: Draft 2020-12 for
OpenAPI 3.1; Draft 4 for OpenAPI 3.0 (with `nullable` read as "null is allowed too") and Swagger 2.0
(with `x-nullable`). Formats are checked (date, date-time, uuid, int32, int64). Exits 1 listing every
mismatch: operation, body number, where in the body, what the schema wanted.

Usage: validategenerated.py <dumper> <workdir> <spec.json>...
"""
import copy
import datetime
import json
import re
import os
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validategenerated.py needs python3-jsonschema (Debian package); .ci/install-deps installs it")

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


def format_checker(base):
    checker = copy.deepcopy(base)

    def integer_in(low, high):
        def check(value):
            if not isinstance(value, int) or isinstance(value, bool):
                return True  # formats only constrain their own type
            return low <= value <= high
        return check

    def date_time(value):
        # RFC 3339 with a zone, checked here so no optional package (rfc3339-validator) is needed.
        if not isinstance(value, str):
            return True
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", value):
            return False
        try:
            datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return False
        return True

    checker.checks("int32")(integer_in(*INT32))
    checker.checks("int64")(integer_in(*INT64))
    checker.checks("date-time")(date_time)
    return checker


def nullable_to_draft4(node, key):
    """OpenAPI 3.0 `nullable: true` (Swagger `x-nullable`) as plain JSON Schema: null is allowed too."""
    if isinstance(node, list):
        return [nullable_to_draft4(item, key) for item in node]
    if not isinstance(node, dict):
        return node
    result = {k: nullable_to_draft4(v, key) for k, v in node.items()}
    if result.pop(key, False) is not True:
        return result
    if "$ref" in result or "oneOf" in result or "anyOf" in result or "allOf" in result:
        return {"anyOf": [result, {"type": "null"}]}
    kind = result.get("type")
    if isinstance(kind, str):
        result["type"] = [kind, "null"]
    if "enum" in result and None not in result["enum"]:
        result["enum"] = result["enum"] + [None]
    return result


def validator_for(spec, schema, spec_format):
    if spec_format == "OpenAPI 3.1":
        root = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                "components": spec.get("components", {}), "allOf": [schema]}
        cls = jsonschema.Draft202012Validator
    elif spec_format == "OpenAPI 3.0":
        root = {"components": nullable_to_draft4(spec.get("components", {}), "nullable"),
                "allOf": [nullable_to_draft4(schema, "nullable")]}
        cls = jsonschema.Draft4Validator
    else:
        root = {"definitions": nullable_to_draft4(spec.get("definitions", {}), "x-nullable"),
                "allOf": [nullable_to_draft4(schema, "x-nullable")]}
        cls = jsonschema.Draft4Validator
    return cls(root, format_checker=format_checker(cls.FORMAT_CHECKER))


def where(error):
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return "body" + path


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    dumper, workdir, specs = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(workdir, exist_ok=True)
    mismatches = []
    checked = 0
    for spec_file in specs:
        name = os.path.basename(spec_file)
        dump_file = os.path.join(workdir, name + ".bodies.json")
        run = subprocess.run([dumper, spec_file, dump_file], capture_output=True, text=True)
        if run.returncode != 0:
            mismatches.append(f"{name}: the dumper failed ({run.returncode}): {run.stderr.strip()}")
            continue
        with open(spec_file, encoding="utf-8") as f:
            spec = json.load(f)
        with open(dump_file, encoding="utf-8") as f:
            dump = json.load(f)
        for case in dump["cases"]:
            validator = validator_for(spec, case["schema"], dump["format"])
            for number, text in enumerate(case["bodies"], 1):
                checked += 1
                label = f"{name} {case['operation']} body {number}"
                if text.startswith("error: "):
                    mismatches.append(f"{label}: no body generated: {text[7:]}")
                    continue
                try:
                    body = json.loads(text)
                except json.JSONDecodeError as e:
                    mismatches.append(f"{label}: not JSON ({e}): {text[:200]}")
                    continue
                for error in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path)):
                    shown = json.dumps(error.instance)[:160]
                    mismatches.append(f"{label}: {where(error)} = {shown}: {error.message[:300]}")
    for line in mismatches:
        print(line)
    print(f"{checked} generated bodies checked, {len(mismatches)} mismatches")
    return 1 if mismatches or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
