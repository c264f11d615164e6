#pragma once

#include <QByteArray>

// A small spec with what ESI's own specs lack: a free-text path parameter and a header parameter a user
// fills in, for the request-splitting and path-climbing cases. A plain header because moc misreads raw
// strings in Q_OBJECT sources.
inline const QByteArray hostileSpec = R"({
  "openapi": "3.1.0",
  "info": {"title": "hostile", "version": "2026-01-01"},
  "paths": {
    "/things/{thing_name}/": {
      "get": {
        "operationId": "GetThingsThingName", "tags": ["Things"],
        "parameters": [
          {"name": "thing_name", "in": "path", "required": true, "schema": {"type": "string"}},
          {"name": "X-Note", "in": "header", "schema": {"type": "string"}}
        ],
        "responses": {"200": {"description": "OK",
          "content": {"application/json": {"schema": {"type": "object"}}}}}
      }
    }
  }
})";
