#pragma once

// JSON snippets for the spec tests. They live outside the test sources because moc (Qt 6.4)
// mis-reads raw string literals that contain quotes and braces.
namespace Snippets {

inline constexpr char minimalSpecHead[] =
    R"({"openapi":"3.1.0","info":{"version":"2026-01-01","title":"t"},"paths":{"/x/{id}":{"get":)";

inline constexpr char minimalSpecTail[] = R"(}},"components":)";

inline constexpr char compatibilityDatesList[] = R"({"compatibility_dates":["2025-11-06"]})";

inline constexpr char statusDocument[] = R"({"routes":[]})";

inline constexpr char openApi25[] = R"({"openapi":"2.5"})";

inline constexpr char swagger12[] = R"({"swagger":"1.2"})";

inline constexpr char otherObject[] = R"({"name":"x","id":3})";

inline constexpr char missingParameterRef[] =
    R"({"operationId":"GetX","parameters":[{"$ref":"#/components/parameters/Nope"}],"responses":{}})";

inline constexpr char missingResponseRef[] =
    R"({"operationId":"GetX","responses":{"200":{"$ref":"#/components/responses/Gone"}}})";

inline constexpr char missingHeaderRef[] =
    R"({"operationId":"GetX","responses":{"200":{"description":"OK","headers":{"ETag":{"$ref":"#/components/headers/ETag"}}}}})";

inline constexpr char missingBodyRef[] =
    R"({"operationId":"GetX","requestBody":{"$ref":"#/components/requestBodies/B"},"responses":{}})";

inline constexpr char missingSchemaRef[] =
    R"({"operationId":"GetX","responses":{"200":{"description":"OK","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Missing"}}}}}})";

inline constexpr char cycleOperation[] =
    R"({"operationId":"GetX","responses":{"200":{"description":"OK","content":{"application/json":{"schema":{"$ref":"#/components/schemas/A"}}}}}})";

inline constexpr char cycleComponents[] =
    R"({"schemas":{"A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/A"}}})";

inline constexpr char noPaths[] = R"({"openapi":"3.1.0","info":{}})";

inline constexpr char operationNotObject[] = R"({"openapi":"3.1.0","info":{},"paths":{"/a/b":{"get":[]}}})";

inline constexpr char badParameterLocation[] =
    R"({"operationId":"GetX","parameters":[{"name":"id","in":"body2"}],"responses":{}})";

inline constexpr char duplicateOperationIds[] = R"({"openapi":"3.1.0","info":{},"paths":{
            "/a":{"get":{"operationId":"Same","responses":{}}},"/b":{"get":{"operationId":"Same","responses":{}}}}})";

inline constexpr char oddExtensions[] = R"({"operationId":"GetX","x-rate-limit":"soon","x-required-roles":"Director",
                "x-cache-age":"long","x-future-thing":{"a":[1,2]},"responses":{}})";

inline constexpr char diffBefore[] = R"({"openapi":"3.1.0","info":{"version":"2026-01-01"},"paths":{"/a":{"get":{
            "operationId":"GetA","parameters":[{"name":"page","in":"query","schema":{"type":"integer","minimum":1}},
              {"name":"gone","in":"query","schema":{"type":"string"}}],
            "responses":{"200":{"description":"OK","content":{"application/json":{"schema":{"$ref":"#/components/schemas/A"}}}}}}}},
            "components":{"schemas":{"A":{"type":"object","properties":{"id":{"type":"integer"}}}}}})";

inline constexpr char diffAfter[] = R"({"openapi":"3.1.0","info":{"version":"2026-02-01"},"paths":{"/a":{"get":{
            "operationId":"GetA","parameters":[{"name":"page","in":"query","required":true,"schema":{"type":"integer","minimum":0}},
              {"name":"limit","in":"query","required":true,"schema":{"type":"integer"}}],
            "security":[{"OAuth2":["esi-a.read.v1"]}],
            "responses":{"200":{"description":"OK","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Renamed"}}}}}}}},
            "components":{"schemas":{"Renamed":{"type":"object","properties":{"id":{"type":"integer"},"name":{"type":"string"}}}}}})";

inline constexpr char recursiveTree[] = R"({"openapi":"3.1.0","info":{"version":"2026-01-01","title":"t"},
            "paths":{"/nodes":{"get":{"operationId":"GetNodes","tags":["Tree"],
              "responses":{"200":{"description":"OK","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Node"}}}}}}}},
            "components":{"schemas":{"Node":{"type":"object","properties":{"children":{"type":"array","items":{"$ref":"#/components/schemas/Node"}}}}}}})";

} // namespace Snippets
