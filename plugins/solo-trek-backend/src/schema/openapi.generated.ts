// Generated from openapi.yaml by scripts/generate-openapi-spec.js. Do not edit;
// run `yarn workspace @internal/plugin-solo-trek-backend generate:spec`.
/* eslint-disable */
export const spec = {
  "openapi": "3.0.3",
  "info": {
    "title": "solo-trek",
    "version": "1",
    "description": "The Solo Trek backend: migration status, the Pilgrim's Creed checks, waivers and waves. Every request is validated against this document. After editing it, run `yarn workspace @internal/plugin-solo-trek-backend generate:spec`.",
    "license": {
      "name": "UNLICENSED"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "components": {
    "parameters": {
      "migrationId": {
        "name": "migrationId",
        "in": "path",
        "required": true,
        "description": "The id of a configured migration.",
        "schema": {
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]*$",
          "maxLength": 63
        }
      },
      "kind": {
        "name": "kind",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 63
        }
      },
      "namespace": {
        "name": "namespace",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 63
        }
      },
      "name": {
        "name": "name",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 253
        }
      },
      "waiverId": {
        "name": "waiverId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "format": {
        "name": "format",
        "in": "query",
        "required": false,
        "description": "json (the default) or csv, a spreadsheet-ready export with a header row.",
        "schema": {
          "type": "string",
          "enum": [
            "json",
            "csv"
          ]
        }
      },
      "period": {
        "name": "period",
        "in": "query",
        "required": false,
        "description": "all (the default) ranks the whole window; month ranks the current calendar month.",
        "schema": {
          "type": "string",
          "enum": [
            "all",
            "month"
          ]
        }
      },
      "limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{1,4}$"
        }
      },
      "offset": {
        "name": "offset",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{1,7}$"
        }
      },
      "q": {
        "name": "q",
        "in": "query",
        "required": false,
        "description": "Keeps teams whose title or ref contains this text, ignoring case.",
        "schema": {
          "type": "string",
          "maxLength": 100
        }
      },
      "criticality": {
        "name": "criticality",
        "in": "query",
        "required": false,
        "description": "Only services of this business criticality.",
        "schema": {
          "$ref": "#/components/schemas/Level"
        }
      },
      "complexity": {
        "name": "complexity",
        "in": "query",
        "required": false,
        "description": "Only services of this migration complexity.",
        "schema": {
          "$ref": "#/components/schemas/Level"
        }
      }
    },
    "responses": {
      "ErrorResponse": {
        "description": "An error, with a message that says what to fix.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "schemas": {
      "StageCounts": {
        "type": "object",
        "required": [
          "not-started",
          "planning",
          "in-progress",
          "migrated",
          "decommissioned",
          "retired"
        ],
        "properties": {
          "not-started": {
            "type": "integer"
          },
          "planning": {
            "type": "integer"
          },
          "in-progress": {
            "type": "integer"
          },
          "migrated": {
            "type": "integer"
          },
          "decommissioned": {
            "type": "integer"
          },
          "retired": {
            "type": "integer"
          }
        }
      },
      "AdoptionFigures": {
        "type": "object",
        "required": [
          "total",
          "stages",
          "done",
          "compliantDone",
          "adoption",
          "compliantAdoption"
        ],
        "properties": {
          "total": {
            "type": "integer"
          },
          "stages": {
            "$ref": "#/components/schemas/StageCounts"
          },
          "done": {
            "type": "integer",
            "description": "migrated + decommissioned + retired"
          },
          "compliantDone": {
            "type": "integer",
            "description": "Live and passing every must item, plus retired services."
          },
          "adoption": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "compliantAdoption": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          }
        }
      },
      "Forecast": {
        "type": "object",
        "required": [
          "status",
          "projectedCompletion",
          "sunset",
          "weeklyRate",
          "requiredWeeklyRate",
          "remaining",
          "basedOnWeeks"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "on-track",
              "at-risk",
              "late",
              "complete"
            ]
          },
          "projectedCompletion": {
            "type": "string",
            "format": "date",
            "nullable": true
          },
          "sunset": {
            "type": "string",
            "format": "date"
          },
          "weeklyRate": {
            "type": "number"
          },
          "requiredWeeklyRate": {
            "type": "number"
          },
          "remaining": {
            "type": "integer"
          },
          "basedOnWeeks": {
            "type": "number"
          }
        }
      },
      "AdoptionReport": {
        "type": "object",
        "required": [
          "migrationId",
          "generatedAt",
          "sunset",
          "daysToSunset",
          "totals",
          "teamCount",
          "byTrack",
          "byWave",
          "byQuadrant",
          "creed",
          "forecast",
          "stale"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "sunset": {
            "type": "string",
            "format": "date"
          },
          "daysToSunset": {
            "type": "integer"
          },
          "totals": {
            "$ref": "#/components/schemas/AdoptionFigures"
          },
          "teamCount": {
            "type": "integer",
            "description": "Teams owning services in scope; GET .../adoption/teams pages through them."
          },
          "byTrack": {
            "type": "array",
            "items": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/AdoptionFigures"
                },
                {
                  "type": "object",
                  "required": [
                    "track"
                  ],
                  "properties": {
                    "track": {
                      "$ref": "#/components/schemas/Track"
                    }
                  }
                }
              ]
            }
          },
          "byWave": {
            "type": "array",
            "items": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/AdoptionFigures"
                },
                {
                  "type": "object",
                  "required": [
                    "wave"
                  ],
                  "properties": {
                    "wave": {
                      "type": "string",
                      "nullable": true
                    }
                  }
                }
              ]
            }
          },
          "byQuadrant": {
            "type": "array",
            "items": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/AdoptionFigures"
                },
                {
                  "type": "object",
                  "required": [
                    "criticality",
                    "complexity",
                    "track"
                  ],
                  "properties": {
                    "criticality": {
                      "$ref": "#/components/schemas/Level"
                    },
                    "complexity": {
                      "$ref": "#/components/schemas/Level"
                    },
                    "track": {
                      "$ref": "#/components/schemas/Track"
                    }
                  }
                }
              ]
            }
          },
          "creed": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "title",
                "severity",
                "pass",
                "fail",
                "waived",
                "unknown"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "severity": {
                  "type": "string",
                  "enum": [
                    "must",
                    "should"
                  ]
                },
                "pass": {
                  "type": "integer"
                },
                "fail": {
                  "type": "integer"
                },
                "waived": {
                  "type": "integer"
                },
                "unknown": {
                  "type": "integer"
                }
              }
            }
          },
          "forecast": {
            "$ref": "#/components/schemas/Forecast"
          },
          "stale": {
            "type": "boolean"
          }
        }
      },
      "TeamAdoption": {
        "allOf": [
          {
            "$ref": "#/components/schemas/AdoptionFigures"
          },
          {
            "type": "object",
            "required": [
              "team",
              "title"
            ],
            "properties": {
              "team": {
                "type": "string"
              },
              "title": {
                "type": "string"
              }
            }
          }
        ]
      },
      "TeamAdoptionPage": {
        "type": "object",
        "required": [
          "migrationId",
          "generatedAt",
          "total",
          "offset",
          "items"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "total": {
            "type": "integer",
            "description": "Teams matching q, across all pages."
          },
          "offset": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TeamAdoption"
            }
          }
        }
      },
      "AdoptionHistory": {
        "type": "object",
        "required": [
          "migrationId",
          "start",
          "sunset",
          "points",
          "forecast"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "start": {
            "type": "string",
            "format": "date"
          },
          "sunset": {
            "type": "string",
            "format": "date"
          },
          "points": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "day",
                "total",
                "done",
                "compliantDone",
                "adoption",
                "compliantAdoption"
              ],
              "properties": {
                "day": {
                  "type": "string",
                  "format": "date"
                },
                "total": {
                  "type": "integer"
                },
                "done": {
                  "type": "integer"
                },
                "compliantDone": {
                  "type": "integer"
                },
                "adoption": {
                  "type": "number"
                },
                "compliantAdoption": {
                  "type": "number"
                }
              }
            }
          },
          "forecast": {
            "$ref": "#/components/schemas/Forecast"
          }
        }
      },
      "LongTailReport": {
        "type": "object",
        "required": [
          "migrationId",
          "idleDays",
          "afterSunset",
          "total",
          "offset",
          "quadrants",
          "items"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "idleDays": {
            "type": "integer"
          },
          "afterSunset": {
            "type": "boolean"
          },
          "total": {
            "type": "integer",
            "description": "Services matching the filters, across all pages."
          },
          "offset": {
            "type": "integer"
          },
          "quadrants": {
            "type": "array",
            "description": "The whole long tail per quadrant, whatever the filters.",
            "items": {
              "type": "object",
              "required": [
                "criticality",
                "complexity",
                "total"
              ],
              "properties": {
                "criticality": {
                  "$ref": "#/components/schemas/Level"
                },
                "complexity": {
                  "$ref": "#/components/schemas/Level"
                },
                "total": {
                  "type": "integer"
                }
              }
            }
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "owner",
                "stage",
                "daysIdle",
                "lastChange",
                "criticality",
                "complexity",
                "track",
                "stranded"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "owner": {
                  "type": "string",
                  "nullable": true
                },
                "ownerTitle": {
                  "type": "string"
                },
                "stage": {
                  "$ref": "#/components/schemas/Stage"
                },
                "daysIdle": {
                  "type": "integer"
                },
                "lastChange": {
                  "type": "string",
                  "format": "date-time"
                },
                "criticality": {
                  "$ref": "#/components/schemas/Level"
                },
                "complexity": {
                  "$ref": "#/components/schemas/Level"
                },
                "track": {
                  "$ref": "#/components/schemas/Track"
                },
                "stranded": {
                  "type": "boolean"
                }
              }
            }
          }
        }
      },
      "Leaderboard": {
        "type": "object",
        "required": [
          "migrationId",
          "period",
          "periodStart",
          "generatedAt",
          "total",
          "offset",
          "entries",
          "pinned"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "period": {
            "type": "string",
            "enum": [
              "all",
              "month"
            ]
          },
          "periodStart": {
            "type": "string",
            "format": "date"
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "total": {
            "type": "integer",
            "description": "Teams ranked (matching q), across all pages."
          },
          "offset": {
            "type": "integer"
          },
          "entries": {
            "type": "array",
            "description": "One page of the ranking, best first.",
            "items": {
              "$ref": "#/components/schemas/LeaderboardEntry"
            }
          },
          "pinned": {
            "type": "array",
            "description": "The entries of the teams asked for with team, wherever they rank.",
            "items": {
              "$ref": "#/components/schemas/LeaderboardEntry"
            }
          }
        }
      },
      "LeaderboardEntry": {
        "type": "object",
        "required": [
          "rank",
          "team",
          "title",
          "score",
          "migrated",
          "total",
          "compliant",
          "badges",
          "rankChange"
        ],
        "properties": {
          "rank": {
            "type": "integer"
          },
          "team": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "score": {
            "type": "number",
            "minimum": 0,
            "maximum": 100
          },
          "migrated": {
            "type": "integer"
          },
          "total": {
            "type": "integer"
          },
          "compliant": {
            "type": "integer"
          },
          "badges": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "trailblazer",
                "early-mover",
                "clean-creed",
                "migration-hero"
              ]
            }
          },
          "rankChange": {
            "type": "integer",
            "nullable": true
          }
        }
      },
      "HeroNomination": {
        "type": "object",
        "required": [
          "id",
          "month",
          "nominee",
          "nominator",
          "reason",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "month": {
            "type": "string"
          },
          "nominee": {
            "type": "string"
          },
          "nominator": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "HeroOfMonth": {
        "type": "object",
        "required": [
          "month",
          "nominee",
          "nominations",
          "reasons"
        ],
        "properties": {
          "month": {
            "type": "string"
          },
          "nominee": {
            "type": "string",
            "nullable": true
          },
          "title": {
            "type": "string"
          },
          "nominations": {
            "type": "integer"
          },
          "reasons": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Heroes": {
        "type": "object",
        "required": [
          "current",
          "past"
        ],
        "properties": {
          "current": {
            "$ref": "#/components/schemas/HeroOfMonth"
          },
          "past": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HeroOfMonth"
            }
          },
          "mine": {
            "$ref": "#/components/schemas/HeroNomination"
          }
        }
      },
      "TeamServices": {
        "type": "object",
        "required": [
          "migrationId",
          "team",
          "items"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "team": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "stage",
                "live",
                "track",
                "criticality",
                "complexity",
                "wave",
                "passed",
                "failed",
                "waived",
                "unknown",
                "total",
                "mustPass",
                "lastChange"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "stage": {
                  "$ref": "#/components/schemas/Stage"
                },
                "live": {
                  "type": "boolean"
                },
                "track": {
                  "$ref": "#/components/schemas/Track"
                },
                "criticality": {
                  "$ref": "#/components/schemas/Level"
                },
                "complexity": {
                  "$ref": "#/components/schemas/Level"
                },
                "wave": {
                  "type": "string",
                  "nullable": true
                },
                "passed": {
                  "type": "integer"
                },
                "failed": {
                  "type": "integer"
                },
                "waived": {
                  "type": "integer"
                },
                "unknown": {
                  "type": "integer"
                },
                "total": {
                  "type": "integer"
                },
                "mustPass": {
                  "type": "boolean"
                },
                "lastChange": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          }
        }
      },
      "Error": {
        "type": "object",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "name",
              "message"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          },
          "request": {
            "type": "object",
            "properties": {
              "method": {
                "type": "string"
              },
              "url": {
                "type": "string"
              }
            }
          },
          "response": {
            "type": "object",
            "properties": {
              "statusCode": {
                "type": "integer"
              }
            }
          }
        }
      },
      "Stage": {
        "type": "string",
        "enum": [
          "not-started",
          "planning",
          "in-progress",
          "migrated",
          "decommissioned",
          "retired"
        ]
      },
      "StageSource": {
        "type": "string",
        "description": "Where the stage came from: `live` (the catalog shows the service on the new platform), `annotation` (solo-trek.io/stage), `api` (set through this API) or `default`.",
        "enum": [
          "live",
          "annotation",
          "api",
          "default"
        ]
      },
      "Level": {
        "type": "string",
        "enum": [
          "low",
          "high"
        ]
      },
      "Track": {
        "type": "string",
        "enum": [
          "solo-trek",
          "caravan"
        ]
      },
      "CheckStatus": {
        "type": "string",
        "enum": [
          "pass",
          "fail",
          "waived",
          "unknown"
        ]
      },
      "Remediation": {
        "type": "object",
        "required": [
          "text"
        ],
        "properties": {
          "text": {
            "type": "string"
          },
          "url": {
            "type": "string"
          },
          "template": {
            "type": "string",
            "description": "A scaffolder template that fixes the item, as a full ref (template:default/add-prometheus-metrics); it takes the service as its entityRef parameter."
          }
        }
      },
      "CreedItem": {
        "type": "object",
        "required": [
          "id",
          "title",
          "severity",
          "waivable",
          "rule"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "severity": {
            "type": "string",
            "enum": [
              "must",
              "should"
            ]
          },
          "waivable": {
            "type": "boolean"
          },
          "rule": {
            "type": "string",
            "description": "The rule in words."
          },
          "remediation": {
            "$ref": "#/components/schemas/Remediation"
          }
        }
      },
      "Migration": {
        "type": "object",
        "required": [
          "id",
          "title",
          "from",
          "to",
          "window",
          "daysToSunset",
          "scope",
          "liveWhen",
          "creed"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          },
          "window": {
            "type": "object",
            "required": [
              "start",
              "sunset"
            ],
            "properties": {
              "start": {
                "type": "string",
                "format": "date"
              },
              "sunset": {
                "type": "string",
                "format": "date"
              }
            }
          },
          "daysToSunset": {
            "type": "integer"
          },
          "scope": {
            "type": "object",
            "additionalProperties": {
              "oneOf": [
                {
                  "type": "string"
                },
                {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              ]
            }
          },
          "liveWhen": {
            "type": "string",
            "description": "The liveWhen rule in words."
          },
          "creed": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CreedItem"
            }
          },
          "lastScan": {
            "$ref": "#/components/schemas/ScanStatus"
          }
        }
      },
      "ScanStatus": {
        "type": "object",
        "required": [
          "stale"
        ],
        "properties": {
          "startedAt": {
            "type": "string",
            "format": "date-time"
          },
          "finishedAt": {
            "type": "string",
            "format": "date-time"
          },
          "entities": {
            "type": "integer"
          },
          "rowsWritten": {
            "type": "integer"
          },
          "error": {
            "type": "string",
            "description": "Why the last scan failed, for readers; the backend log has the detail under the log id it names."
          },
          "failedEntities": {
            "type": "integer",
            "description": "Entities the last scan could not evaluate or store; the rest were written."
          },
          "stale": {
            "type": "boolean",
            "description": "True when the last scan failed and results are from an earlier one."
          }
        }
      },
      "Evidence": {
        "type": "object",
        "required": [
          "rule",
          "outcome"
        ],
        "properties": {
          "rule": {
            "type": "string"
          },
          "actual": {},
          "outcome": {
            "type": "string",
            "enum": [
              "pass",
              "fail",
              "unknown"
            ]
          }
        }
      },
      "Waiver": {
        "type": "object",
        "required": [
          "id",
          "entityRef",
          "creedId",
          "reason",
          "expiresAt",
          "createdBy",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "creedId": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Check": {
        "type": "object",
        "required": [
          "id",
          "title",
          "severity",
          "waivable",
          "status",
          "evaluatedAt",
          "evidence"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "severity": {
            "type": "string",
            "enum": [
              "must",
              "should"
            ]
          },
          "waivable": {
            "type": "boolean"
          },
          "status": {
            "$ref": "#/components/schemas/CheckStatus"
          },
          "remediation": {
            "$ref": "#/components/schemas/Remediation"
          },
          "evaluatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "evidence": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Evidence"
            }
          },
          "waiver": {
            "$ref": "#/components/schemas/Waiver"
          }
        }
      },
      "Compliance": {
        "type": "object",
        "required": [
          "passed",
          "failed",
          "waived",
          "unknown",
          "total"
        ],
        "properties": {
          "passed": {
            "type": "integer"
          },
          "failed": {
            "type": "integer"
          },
          "waived": {
            "type": "integer"
          },
          "unknown": {
            "type": "integer"
          },
          "total": {
            "type": "integer"
          }
        }
      },
      "HistoryEntry": {
        "type": "object",
        "required": [
          "id",
          "toStage",
          "source",
          "at"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "fromStage": {
            "type": "string",
            "nullable": true,
            "description": "The stage before; null for the first evaluation."
          },
          "toStage": {
            "$ref": "#/components/schemas/Stage"
          },
          "source": {
            "$ref": "#/components/schemas/StageSource"
          },
          "actor": {
            "type": "string",
            "nullable": true
          },
          "note": {
            "type": "string",
            "nullable": true
          },
          "at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "EntityCard": {
        "type": "object",
        "required": [
          "migrationId",
          "entityRef",
          "stage",
          "stageSource",
          "live",
          "track",
          "quadrant",
          "wave",
          "daysToSunset",
          "checks",
          "compliance",
          "history",
          "waivers",
          "evaluatedAt"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "owner": {
            "type": "string",
            "nullable": true
          },
          "stage": {
            "$ref": "#/components/schemas/Stage"
          },
          "stageSource": {
            "$ref": "#/components/schemas/StageSource"
          },
          "live": {
            "type": "boolean"
          },
          "track": {
            "$ref": "#/components/schemas/Track"
          },
          "quadrant": {
            "type": "object",
            "required": [
              "criticality",
              "complexity"
            ],
            "properties": {
              "criticality": {
                "$ref": "#/components/schemas/Level"
              },
              "complexity": {
                "$ref": "#/components/schemas/Level"
              }
            }
          },
          "wave": {
            "type": "string",
            "nullable": true
          },
          "daysToSunset": {
            "type": "integer"
          },
          "sunset": {
            "type": "string",
            "format": "date"
          },
          "checks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Check"
            }
          },
          "compliance": {
            "$ref": "#/components/schemas/Compliance"
          },
          "history": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HistoryEntry"
            }
          },
          "waivers": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Waiver"
            }
          },
          "evaluatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "stale": {
            "type": "boolean"
          }
        }
      }
    }
  },
  "paths": {
    "/health": {
      "get": {
        "operationId": "GetHealth",
        "description": "Liveness probe; the only route open without a token.",
        "responses": {
          "200": {
            "description": "The plugin is up.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "status"
                  ],
                  "properties": {
                    "status": {
                      "type": "string",
                      "enum": [
                        "ok"
                      ]
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/migrations": {
      "get": {
        "operationId": "ListMigrations",
        "description": "The configured migrations, with their window and Creed.",
        "responses": {
          "200": {
            "description": "The migrations.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Migration"
                      }
                    }
                  }
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}": {
      "get": {
        "operationId": "GetMigration",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          }
        ],
        "responses": {
          "200": {
            "description": "One migration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Migration"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}": {
      "get": {
        "operationId": "GetEntityCard",
        "description": "The migration card of one catalog entity. 404 when it is outside the migration's scope.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The card.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityCard"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/stage": {
      "post": {
        "operationId": "UpdateStage",
        "description": "Sets the stage. Owners of the entity may do it, and service principals listed in soloTrek.stageReporters. A move backwards needs a note.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "stage"
                ],
                "properties": {
                  "stage": {
                    "$ref": "#/components/schemas/Stage"
                  },
                  "note": {
                    "type": "string",
                    "maxLength": 2000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The card after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityCard"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/waivers": {
      "post": {
        "operationId": "CreateWaiver",
        "description": "Waives one waivable Creed item for this entity until a date. Platform team only.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "creedId",
                  "reason",
                  "expiresAt"
                ],
                "properties": {
                  "creedId": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 63
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 2000
                  },
                  "expiresAt": {
                    "type": "string",
                    "description": "A date (YYYY-MM-DD, end of that day UTC) or a date-time.",
                    "maxLength": 40
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The waiver.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Waiver"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/waivers/{waiverId}": {
      "delete": {
        "operationId": "DeleteWaiver",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/waiverId"
          }
        ],
        "responses": {
          "204": {
            "description": "Removed."
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/wave": {
      "put": {
        "operationId": "SetWave",
        "description": "Assigns a caravan service to a wave, or clears it with null. Platform team only.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "wave"
                ],
                "properties": {
                  "wave": {
                    "type": "string",
                    "nullable": true,
                    "minLength": 1,
                    "maxLength": 63,
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._-]*$"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The card after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityCard"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/refresh": {
      "post": {
        "operationId": "RefreshEntity",
        "description": "Re-evaluates one entity now, facts (probes) included. For its owners, the platform team and the service principals listed in soloTrek.stageReporters; once per entity per soloTrek.refresh.cooldownSeconds (429 with Retry-After before that, or when the refresh queue is full).",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The card after re-evaluation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityCard"
                }
              }
            }
          },
          "429": {
            "description": "Refreshed too recently, or too many refreshes waiting; retry after Retry-After seconds.",
            "headers": {
              "Retry-After": {
                "schema": {
                  "type": "integer"
                },
                "description": "Seconds to wait."
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/adoption": {
      "get": {
        "operationId": "GetAdoption",
        "description": "Service adoption: totals, counts per stage, adoption and compliant adoption, breakdowns per team, track, wave and quadrant, Creed item statistics and the forecast (AdoptionReport). With format=csv, the per-team breakdown as CSV.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/format"
          }
        ],
        "responses": {
          "200": {
            "description": "The adoption report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdoptionReport"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/adoption/teams": {
      "get": {
        "operationId": "GetTeamAdoption",
        "description": "One page of the adoption breakdown per owning team (TeamAdoptionPage), sorted by sort and order, ties broken by team ref.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "name": "sort",
            "in": "query",
            "required": false,
            "description": "adoption (the default), compliantAdoption, total (services) or title.",
            "schema": {
              "type": "string",
              "enum": [
                "adoption",
                "compliantAdoption",
                "total",
                "title"
              ]
            }
          },
          {
            "name": "order",
            "in": "query",
            "required": false,
            "description": "desc (the default) or asc.",
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of teams.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TeamAdoptionPage"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/adoption/history": {
      "get": {
        "operationId": "GetAdoptionHistory",
        "description": "The daily adoption series with the forecast (AdoptionHistory).",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          }
        ],
        "responses": {
          "200": {
            "description": "The series.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdoptionHistory"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/long-tail": {
      "get": {
        "operationId": "GetLongTail",
        "description": "Services not migrated that have not started or have not changed stage for soloTrek.longTail.idleDays, riskiest first (LongTailReport). After the sunset, every service not migrated, marked stranded.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/format"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/criticality"
          },
          {
            "$ref": "#/components/parameters/complexity"
          }
        ],
        "responses": {
          "200": {
            "description": "The long tail.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LongTailReport"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/leaderboard": {
      "get": {
        "operationId": "GetLeaderboard",
        "description": "Owning teams ranked by score, with badges and rank change (Leaderboard), a page at a time, with the entries of the teams named by team wherever they rank.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/period"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "name": "team",
            "in": "query",
            "required": false,
            "description": "A group ref (group:default/payments) whose entry comes back in pinned; repeat for more, at most 20.",
            "style": "form",
            "explode": true,
            "allowReserved": true,
            "schema": {
              "type": "array",
              "maxItems": 20,
              "items": {
                "type": "string",
                "minLength": 3,
                "maxLength": 255
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The leaderboard.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Leaderboard"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/heroes": {
      "get": {
        "operationId": "GetHeroes",
        "description": "The current and past Migration Heroes, and the caller's nomination (HeroesResponse).",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          }
        ],
        "responses": {
          "200": {
            "description": "The heroes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Heroes"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/heroes/nominations": {
      "post": {
        "operationId": "NominateHero",
        "description": "Nominates a team or a person as this month's Migration Hero; one nomination per person per month.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "nominee",
                  "reason"
                ],
                "properties": {
                  "nominee": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 255
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 1000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The nomination.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HeroNomination"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/teams/{namespace}/{name}/services": {
      "get": {
        "operationId": "GetTeamServices",
        "description": "A team's in-scope services with stage, track and compliance (TeamServices).",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The services.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TeamServices"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    }
  }
} as const;
