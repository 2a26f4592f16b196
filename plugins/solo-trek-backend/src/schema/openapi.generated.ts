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
      "waveId": {
        "name": "waveId",
        "in": "path",
        "required": true,
        "description": "The id of a wave of the migration's plan.",
        "schema": {
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]*$",
          "maxLength": 63
        }
      },
      "requestId": {
        "name": "requestId",
        "in": "path",
        "required": true,
        "description": "The id of a waiver request.",
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
            "maximum": 1,
            "description": "done / total, from 0 to 1 (0 when there are no services)."
          },
          "compliantAdoption": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "compliantDone / total, from 0 to 1."
          }
        }
      },
      "Forecast": {
        "type": "object",
        "description": "The completion date from the recent net pace (done less joining the scope), with the interval of plausible finishes (the pace's 90% interval from the fit's residuals), against the sunset. not-enough-data until the history spans forecast.minWeeks weeks; at-risk when the interval reaches past the sunset less forecast.atRiskMarginDays; late without net progress or when even the earliest plausible finish is after the sunset.",
        "required": [
          "status",
          "reason",
          "projectedCompletion",
          "earliestCompletion",
          "latestCompletion",
          "confidence",
          "sunset",
          "weeklyRate",
          "scopeWeeklyChange",
          "netWeeklyRate",
          "requiredWeeklyRate",
          "remaining",
          "basedOnWeeks",
          "minWeeks"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "on-track",
              "at-risk",
              "late",
              "complete",
              "not-enough-data"
            ]
          },
          "reason": {
            "type": "string",
            "description": "Why this status, in a sentence."
          },
          "projectedCompletion": {
            "type": "string",
            "format": "date",
            "nullable": true,
            "description": "YYYY-MM-DD at the fitted pace; null without net progress or history."
          },
          "earliestCompletion": {
            "type": "string",
            "format": "date",
            "nullable": true,
            "description": "The earliest plausible finish (the fast end of the pace's interval)."
          },
          "latestCompletion": {
            "type": "string",
            "format": "date",
            "nullable": true,
            "description": "null when the slow end of the pace's interval is no progress."
          },
          "confidence": {
            "type": "number",
            "description": "The interval's coverage: 0.9."
          },
          "sunset": {
            "type": "string",
            "format": "date"
          },
          "weeklyRate": {
            "type": "number",
            "description": "Services done per week."
          },
          "scopeWeeklyChange": {
            "type": "number",
            "description": "Services joining (+) or leaving (−) the scope per week."
          },
          "netWeeklyRate": {
            "type": "number",
            "description": "The net pace the projection uses."
          },
          "requiredWeeklyRate": {
            "type": "number",
            "description": "Services per week still needed to finish by the sunset."
          },
          "remaining": {
            "type": "integer"
          },
          "basedOnWeeks": {
            "type": "number",
            "description": "The number of weeks of history the pace was fitted on."
          },
          "minWeeks": {
            "type": "integer",
            "description": "Weeks of history needed before anything is projected."
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
          "forecastByTrack",
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
          "forecastByTrack": {
            "type": "array",
            "description": "The same forecast for each track's services apart, from its own history.",
            "items": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/Forecast"
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
          "stale": {
            "type": "boolean",
            "description": "The last scan failed; figures come from the last good one."
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
          "forecast",
          "forecastByTrack"
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
                  "format": "date",
                  "description": "YYYY-MM-DD"
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
          },
          "forecastByTrack": {
            "type": "array",
            "description": "The same forecast for each track's services apart, from its own history.",
            "items": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/Forecast"
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
            "description": "One page, riskiest first.",
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
                  "type": "integer",
                  "description": "Days since the stage last changed."
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
                  "type": "boolean",
                  "description": "The sunset has passed and the service is still not migrated."
                },
                "rolledBackAt": {
                  "type": "string",
                  "format": "date-time",
                  "nullable": true,
                  "description": "When it left the new platform, if it rolled back; not a never-started service."
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
          "pinned",
          "scoring"
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
            "format": "date",
            "description": "YYYY-MM-DD; the first day counted."
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
            "description": "The entries of the teams asked for with team, wherever they rank, so a team sees its own place beyond the first page; may repeat entries of the page.",
            "items": {
              "$ref": "#/components/schemas/LeaderboardEntry"
            }
          },
          "scoring": {
            "$ref": "#/components/schemas/LeaderboardScoring"
          }
        }
      },
      "LeaderboardScoring": {
        "type": "object",
        "description": "How scores were computed (see the backend README's Leaderboard score).",
        "required": [
          "earlinessWeight",
          "complianceWeight",
          "priorStrength",
          "organisationMean",
          "maxPoints"
        ],
        "properties": {
          "earlinessWeight": {
            "type": "number"
          },
          "complianceWeight": {
            "type": "number"
          },
          "priorStrength": {
            "type": "number",
            "description": "The prior's strength, in services at the organisation's mean."
          },
          "organisationMean": {
            "type": "number",
            "description": "The prior's centre, the organisation's mean per service, as a score (0–100)."
          },
          "maxPoints": {
            "type": "number",
            "description": "The most one service can earn: (1 + earlinessWeight) × (1 + complianceWeight)."
          }
        }
      },
      "TeamScoreExplanation": {
        "type": "object",
        "required": [
          "migrationId",
          "period",
          "periodStart",
          "team",
          "title",
          "rank",
          "score",
          "rawScore",
          "priorEffect",
          "migrated",
          "total",
          "scoring",
          "services",
          "hiddenServices",
          "badges"
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
          "team": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "rank": {
            "type": "integer"
          },
          "score": {
            "type": "number",
            "minimum": 0,
            "maximum": 100,
            "description": "The score on the leaderboard, with the prior."
          },
          "rawScore": {
            "type": "number",
            "minimum": 0,
            "maximum": 100,
            "description": "The team's own services alone, without the prior: 100 × Σ points / (n × maxPoints)."
          },
          "priorEffect": {
            "type": "number",
            "description": "score − rawScore: what the prior added (or took away)."
          },
          "migrated": {
            "type": "integer"
          },
          "total": {
            "type": "integer"
          },
          "scoring": {
            "$ref": "#/components/schemas/LeaderboardScoring"
          },
          "services": {
            "type": "array",
            "description": "The services the caller may read, most points first.",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "stage",
                "track",
                "migratedAt",
                "counted",
                "earliness",
                "earlinessBasis",
                "plannedEnd",
                "compliance",
                "waivedItems",
                "points"
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
                "track": {
                  "$ref": "#/components/schemas/Track"
                },
                "migratedAt": {
                  "type": "string",
                  "format": "date-time",
                  "nullable": true,
                  "description": "When it went live (or was retired); null when it is not done."
                },
                "counted": {
                  "type": "boolean",
                  "description": "Its points count in the period: done, and (for month) done this month."
                },
                "earliness": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1,
                  "nullable": true,
                  "description": "0–1; null when it is not done."
                },
                "earlinessBasis": {
                  "type": "string",
                  "nullable": true,
                  "enum": [
                    "window",
                    "wave",
                    "no-wave",
                    null
                  ],
                  "description": "window (Solo Trek: how early in the migration window), wave (Caravan: against its wave's planned end) or no-wave (Caravan without a planned wave: neutral, 0.5)."
                },
                "plannedEnd": {
                  "type": "string",
                  "format": "date-time",
                  "nullable": true,
                  "description": "The planned end of its wave, when earliness was measured against it."
                },
                "compliance": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1,
                  "nullable": true,
                  "description": "0–1: passed items plus half the waived ones, over all; null when not done."
                },
                "waivedItems": {
                  "type": "integer"
                },
                "points": {
                  "type": "number",
                  "minimum": 0
                }
              }
            }
          },
          "hiddenServices": {
            "type": "object",
            "description": "Services of the team the caller may not read, counted but not named.",
            "required": [
              "count",
              "points"
            ],
            "properties": {
              "count": {
                "type": "integer"
              },
              "points": {
                "type": "number"
              }
            }
          },
          "badges": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "badge",
                "rule",
                "detail"
              ],
              "properties": {
                "badge": {
                  "type": "string",
                  "enum": [
                    "trailblazer",
                    "early-mover",
                    "clean-creed",
                    "migration-hero"
                  ]
                },
                "rule": {
                  "type": "string"
                },
                "detail": {
                  "type": "string"
                }
              }
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
            "nullable": true,
            "description": "Places gained (+) or lost (-) since the previous period; null when new."
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
          "reasons",
          "closed"
        ],
        "properties": {
          "month": {
            "type": "string",
            "description": "YYYY-MM in soloTrek.timeZone."
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
            "description": "The reasons of the nominee's nominations, oldest first.",
            "items": {
              "type": "string"
            }
          },
          "closed": {
            "type": "boolean",
            "description": "The month has ended (at midnight in soloTrek.timeZone) and its winner is recorded for good; false for the running month's standings."
          },
          "closedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the month ended, in soloTrek.timeZone."
          }
        }
      },
      "Heroes": {
        "type": "object",
        "required": [
          "timeZone",
          "current",
          "past"
        ],
        "properties": {
          "timeZone": {
            "type": "string",
            "description": "The IANA zone months are counted in (soloTrek.timeZone)."
          },
          "current": {
            "$ref": "#/components/schemas/HeroOfMonth"
          },
          "past": {
            "type": "array",
            "description": "The Hall of heroes, newest first; only the month asked for with month.",
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
                },
                "rolledBackAt": {
                  "type": "string",
                  "format": "date-time",
                  "nullable": true,
                  "description": "When it last left the new platform, if it ever rolled back."
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
          },
          "tracks": {
            "type": "object",
            "description": "What the platform team offers each track, where configured.",
            "properties": {
              "soloTrek": {
                "$ref": "#/components/schemas/TrackContract"
              },
              "caravan": {
                "$ref": "#/components/schemas/TrackContract"
              }
            }
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
      "WaiverRequest": {
        "type": "object",
        "required": [
          "id",
          "migrationId",
          "entityRef",
          "owner",
          "creedId",
          "creedTitle",
          "reason",
          "requestedExpiresAt",
          "requestedBy",
          "requestedAt",
          "status",
          "decidedBy",
          "decidedAt",
          "decisionNote",
          "grantedExpiresAt",
          "waiverId"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "migrationId": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "entityTitle": {
            "type": "string",
            "description": "The service's title in the catalog, when it has one."
          },
          "owner": {
            "type": "string",
            "nullable": true,
            "description": "The service's owner when it was last evaluated."
          },
          "creedId": {
            "type": "string"
          },
          "creedTitle": {
            "type": "string",
            "description": "The Creed item's title in today's config (its id when it left the config)."
          },
          "reason": {
            "type": "string"
          },
          "requestedExpiresAt": {
            "type": "string",
            "format": "date-time",
            "description": "The expiry the requester asked for."
          },
          "requestedBy": {
            "type": "string"
          },
          "requestedAt": {
            "type": "string",
            "format": "date-time"
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "approved",
              "denied",
              "withdrawn"
            ]
          },
          "decidedBy": {
            "type": "string",
            "nullable": true,
            "description": "Who approved, denied or withdrew it, and when; null while pending."
          },
          "decidedAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "decisionNote": {
            "type": "string",
            "nullable": true,
            "description": "Why it was denied, or the approver's note."
          },
          "grantedExpiresAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true,
            "description": "The expiry granted on approval, the one asked for or earlier."
          },
          "waiverId": {
            "type": "string",
            "nullable": true,
            "description": "The waiver an approval created."
          }
        }
      },
      "WaiverRequestPage": {
        "type": "object",
        "required": [
          "migrationId",
          "total",
          "offset",
          "items"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "total": {
            "type": "integer",
            "description": "Requests matching the query, across all pages."
          },
          "offset": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WaiverRequest"
            }
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
          "fromStage",
          "toStage",
          "source",
          "actor",
          "note",
          "at"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "fromStage": {
            "type": "string",
            "nullable": true,
            "enum": [
              "not-started",
              "planning",
              "in-progress",
              "migrated",
              "decommissioned",
              "retired",
              null
            ],
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
          },
          "rollback": {
            "$ref": "#/components/schemas/RollbackInfo"
          }
        }
      },
      "RollbackInfo": {
        "type": "object",
        "description": "Set on a change that left the new platform (migrated or decommissioned to an earlier stage).",
        "required": [
          "wentLiveAt",
          "postMortemUrl"
        ],
        "properties": {
          "wentLiveAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true,
            "description": "When the service had gone live; the go-live the rollback undid."
          },
          "postMortemUrl": {
            "type": "string",
            "nullable": true,
            "description": "A blameless post-mortem, if one is linked."
          }
        }
      },
      "RollbackReport": {
        "type": "object",
        "required": [
          "migrationId",
          "byMonth",
          "total",
          "offset",
          "items"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "byMonth": {
            "type": "array",
            "description": "Every month (UTC) from the window's start to now, empty ones included; counts every rollback.",
            "items": {
              "type": "object",
              "required": [
                "month",
                "count"
              ],
              "properties": {
                "month": {
                  "type": "string",
                  "pattern": "^[0-9]{4}-[0-9]{2}$",
                  "description": "YYYY-MM"
                },
                "count": {
                  "type": "integer"
                }
              }
            }
          },
          "total": {
            "type": "integer",
            "description": "Rollbacks of entities the caller may read, across all pages."
          },
          "offset": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "description": "Newest first.",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "owner",
                "track",
                "fromStage",
                "toStage",
                "actor",
                "reason",
                "postMortemUrl",
                "wentLiveAt",
                "at"
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
                "track": {
                  "type": "string",
                  "nullable": true,
                  "enum": [
                    "solo-trek",
                    "caravan",
                    null
                  ],
                  "description": "null once the entity left the scope."
                },
                "fromStage": {
                  "$ref": "#/components/schemas/Stage"
                },
                "toStage": {
                  "$ref": "#/components/schemas/Stage"
                },
                "actor": {
                  "type": "string",
                  "nullable": true,
                  "description": "A person, a pipeline, or \"live signal\"."
                },
                "reason": {
                  "type": "string",
                  "nullable": true
                },
                "postMortemUrl": {
                  "type": "string",
                  "nullable": true
                },
                "wentLiveAt": {
                  "type": "string",
                  "format": "date-time",
                  "nullable": true
                },
                "at": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          }
        }
      },
      "WaveStatus": {
        "type": "string",
        "description": "Set by the platform team.",
        "enum": [
          "planned",
          "active",
          "done",
          "rolled-back"
        ]
      },
      "DependencyWarning": {
        "type": "object",
        "required": [
          "entityRef",
          "dependency",
          "reason",
          "dependencyWave",
          "message"
        ],
        "properties": {
          "entityRef": {
            "type": "string",
            "description": "The member whose dependency is the problem."
          },
          "dependency": {
            "type": "string",
            "description": "What it depends on (a catalog dependsOn relation)."
          },
          "dependencyTitle": {
            "type": "string"
          },
          "reason": {
            "type": "string",
            "description": "later-wave (the dependency moves in a later wave), solo-trek-not-done (a Solo Trek service not yet migrated) or no-wave (a Caravan service in no wave yet).",
            "enum": [
              "later-wave",
              "solo-trek-not-done",
              "no-wave"
            ]
          },
          "dependencyWave": {
            "type": "string",
            "nullable": true,
            "description": "The dependency's wave, for `later-wave`."
          },
          "message": {
            "type": "string",
            "description": "The problem in words."
          }
        }
      },
      "WaveFields": {
        "type": "object",
        "required": [
          "id",
          "title",
          "order",
          "plannedStart",
          "plannedEnd",
          "status",
          "schedule",
          "total",
          "done",
          "completedAt",
          "updatedBy",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "order": {
            "type": "integer",
            "description": "Waves move in this order; equal orders move together."
          },
          "plannedStart": {
            "type": "string",
            "format": "date",
            "nullable": true,
            "description": "YYYY-MM-DD; null for waves carried over from before they had dates."
          },
          "plannedEnd": {
            "type": "string",
            "format": "date",
            "nullable": true
          },
          "status": {
            "$ref": "#/components/schemas/WaveStatus"
          },
          "schedule": {
            "type": "string",
            "description": "done (closed, or every member moved), late (open past its planned end), on-schedule, rolled-back, or unscheduled (no planned end).",
            "enum": [
              "on-schedule",
              "late",
              "done",
              "rolled-back",
              "unscheduled"
            ]
          },
          "total": {
            "type": "integer",
            "description": "Members, and how many are done (migrated, decommissioned, retired)."
          },
          "done": {
            "type": "integer"
          },
          "completedAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true,
            "description": "When the last member went live, once every member is done."
          },
          "updatedBy": {
            "type": "string",
            "nullable": true
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Wave": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WaveFields"
          },
          {
            "type": "object",
            "required": [
              "warnings",
              "members"
            ],
            "properties": {
              "warnings": {
                "type": "integer",
                "description": "Dependency warnings over all members."
              },
              "members": {
                "type": "array",
                "description": "The members the caller may read.",
                "items": {
                  "type": "object",
                  "required": [
                    "entityRef",
                    "owner",
                    "stage",
                    "done",
                    "warnings"
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
                    "stage": {
                      "$ref": "#/components/schemas/Stage"
                    },
                    "done": {
                      "type": "boolean"
                    },
                    "warnings": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/DependencyWarning"
                      }
                    }
                  }
                }
              }
            }
          }
        ]
      },
      "WaveRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "plannedStart",
          "plannedEnd"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "order": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10000
          },
          "plannedStart": {
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "YYYY-MM-DD"
          },
          "plannedEnd": {
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "YYYY-MM-DD, on or after plannedStart."
          },
          "status": {
            "$ref": "#/components/schemas/WaveStatus"
          }
        }
      },
      "WaveCompletion": {
        "type": "object",
        "description": "Waves by where they stand, the Caravan's progress metric.",
        "required": [
          "total",
          "done",
          "onSchedule",
          "late",
          "rolledBack",
          "unscheduled"
        ],
        "properties": {
          "total": {
            "type": "integer",
            "description": "Waves in the plan (rolled-back ones included)."
          },
          "done": {
            "type": "integer"
          },
          "onSchedule": {
            "type": "integer"
          },
          "late": {
            "type": "integer"
          },
          "rolledBack": {
            "type": "integer"
          },
          "unscheduled": {
            "type": "integer"
          }
        }
      },
      "CaravanForecast": {
        "type": "object",
        "required": [
          "status",
          "projectedCompletion",
          "sunset",
          "lateWaves",
          "unplaced",
          "reason"
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
            "nullable": true,
            "description": "The latest planned end of the open waves."
          },
          "sunset": {
            "type": "string",
            "format": "date"
          },
          "lateWaves": {
            "type": "integer"
          },
          "unplaced": {
            "type": "integer",
            "description": "Caravan services not done and in no wave."
          },
          "reason": {
            "type": "string",
            "description": "Why, in words."
          }
        }
      },
      "WavePlanReport": {
        "type": "object",
        "required": [
          "migrationId",
          "generatedAt",
          "waves",
          "completion",
          "unplaced",
          "unplacedServices",
          "forecast"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "waves": {
            "type": "array",
            "description": "In order, then by id.",
            "items": {
              "$ref": "#/components/schemas/Wave"
            }
          },
          "completion": {
            "$ref": "#/components/schemas/WaveCompletion"
          },
          "unplaced": {
            "type": "integer",
            "description": "Caravan services not done and in no wave."
          },
          "unplacedServices": {
            "type": "array",
            "description": "The first 200 of them the caller may read, to place in a wave.",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "owner",
                "stage"
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
                "stage": {
                  "$ref": "#/components/schemas/Stage"
                }
              }
            }
          },
          "forecast": {
            "$ref": "#/components/schemas/CaravanForecast"
          }
        }
      },
      "TrackProgress": {
        "type": "object",
        "required": [
          "migrationId",
          "generatedAt",
          "soloTrek",
          "caravan"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "soloTrek": {
            "type": "object",
            "description": "Service adoption of the Solo Trek track, with its forecast from the track's go-live dates.",
            "required": [
              "figures",
              "forecast"
            ],
            "properties": {
              "figures": {
                "$ref": "#/components/schemas/AdoptionFigures"
              },
              "forecast": {
                "$ref": "#/components/schemas/Forecast"
              }
            }
          },
          "caravan": {
            "type": "object",
            "description": "Wave completion of the Caravan track, with its forecast from the wave plan.",
            "required": [
              "figures",
              "completion",
              "unplaced",
              "forecast"
            ],
            "properties": {
              "figures": {
                "$ref": "#/components/schemas/AdoptionFigures"
              },
              "completion": {
                "$ref": "#/components/schemas/WaveCompletion"
              },
              "unplaced": {
                "type": "integer"
              },
              "forecast": {
                "$ref": "#/components/schemas/CaravanForecast"
              }
            }
          }
        }
      },
      "DecommissionTailReport": {
        "type": "object",
        "required": [
          "migrationId",
          "graceDays",
          "total",
          "offset",
          "items"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "graceDays": {
            "type": "integer",
            "description": "soloTrek.decommission.graceDays"
          },
          "total": {
            "type": "integer",
            "description": "Services in the tail the caller may read, across all pages."
          },
          "offset": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "description": "The longest-running first.",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "owner",
                "track",
                "criticality",
                "complexity",
                "migratedAt",
                "daysSinceMigrated"
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
                "track": {
                  "$ref": "#/components/schemas/Track"
                },
                "criticality": {
                  "$ref": "#/components/schemas/Level"
                },
                "complexity": {
                  "$ref": "#/components/schemas/Level"
                },
                "migratedAt": {
                  "type": "string",
                  "format": "date-time",
                  "description": "When it went live on the new platform."
                },
                "daysSinceMigrated": {
                  "type": "integer"
                }
              }
            }
          }
        }
      },
      "TrackContract": {
        "type": "object",
        "description": "What the platform team promises a track: for the Solo Trek self-service docs, a support channel and office hours; for the Caravan the plan (docsUrl) and a liaison.",
        "properties": {
          "docsUrl": {
            "type": "string",
            "description": "Solo Trek: the self-service docs. Caravan: the migration plan."
          },
          "supportChannelUrl": {
            "type": "string"
          },
          "officeHours": {
            "type": "string",
            "description": "In words, e.g. \"Thursdays 14:00–15:00 CET\"."
          },
          "liaison": {
            "type": "string",
            "description": "A user or group entity ref."
          }
        }
      },
      "TrackDecision": {
        "type": "object",
        "required": [
          "id",
          "fromTrack",
          "toTrack",
          "source",
          "actor",
          "note",
          "at"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "fromTrack": {
            "type": "string",
            "nullable": true,
            "enum": [
              "solo-trek",
              "caravan",
              null
            ],
            "description": "null for the first decision."
          },
          "toTrack": {
            "$ref": "#/components/schemas/Track"
          },
          "source": {
            "type": "string",
            "description": "first-evaluation (the quadrant at the first evaluation), annotation (solo-trek.io/track, read at the first evaluation) or platform-team (PUT …/track).",
            "enum": [
              "first-evaluation",
              "annotation",
              "platform-team"
            ]
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
      "SegmentationSignal": {
        "type": "object",
        "required": [
          "name",
          "value",
          "effect",
          "decisive"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "What was read, in words: `tier label \"tier\"`, `dependsOn`."
          },
          "value": {
            "description": "The value read, or the count of relations.",
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "number"
              }
            ]
          },
          "effect": {
            "type": "string",
            "description": "A level for criticality, points (+3) for complexity."
          },
          "refs": {
            "description": "Some of the entities behind a count (at most 10).",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "decisive": {
            "type": "boolean",
            "description": "It decided the level (criticality: the first signal that maps wins)."
          }
        }
      },
      "AxisExplanation": {
        "type": "object",
        "required": [
          "level",
          "source",
          "summary",
          "signals"
        ],
        "properties": {
          "level": {
            "$ref": "#/components/schemas/Level"
          },
          "source": {
            "type": "string",
            "enum": [
              "annotation",
              "signals",
              "default"
            ],
            "description": "`annotation`: set explicitly in catalog-info.yaml; `signals`; `default`."
          },
          "summary": {
            "type": "string",
            "description": "One line: `high: tier label \"tier\" is tier-0`."
          },
          "signals": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SegmentationSignal"
            }
          },
          "score": {
            "type": "number",
            "description": "Complexity only: the points of the signals and the threshold for high."
          },
          "threshold": {
            "type": "number"
          }
        }
      },
      "TrackDriftReport": {
        "type": "object",
        "required": [
          "migrationId",
          "total",
          "offset",
          "items"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "total": {
            "type": "integer",
            "description": "Services drifting, across all pages."
          },
          "offset": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "owner",
                "stage",
                "track",
                "computedTrack",
                "criticality",
                "complexity",
                "reason",
                "pinnedAt",
                "pinnedBy"
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
                "track": {
                  "$ref": "#/components/schemas/Track"
                },
                "computedTrack": {
                  "$ref": "#/components/schemas/Track"
                },
                "criticality": {
                  "$ref": "#/components/schemas/Level"
                },
                "complexity": {
                  "$ref": "#/components/schemas/Level"
                },
                "reason": {
                  "type": "string"
                },
                "pinnedAt": {
                  "type": "string",
                  "format": "date-time",
                  "description": "When the pinned track was decided, and by whom (null: the scan)."
                },
                "pinnedBy": {
                  "type": "string",
                  "nullable": true
                }
              }
            }
          }
        }
      },
      "EntityCard": {
        "type": "object",
        "required": [
          "migrationId",
          "entityRef",
          "owner",
          "stage",
          "stageSource",
          "live",
          "track",
          "quadrant",
          "wave",
          "daysToSunset",
          "sunset",
          "checks",
          "compliance",
          "history",
          "waivers",
          "evaluatedAt",
          "trackDecision",
          "trackDrift",
          "trackHistory",
          "segmentation",
          "waveDetail"
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
          },
          "trackDecision": {
            "type": "object",
            "nullable": true,
            "description": "How the pinned track was decided (the newest of trackHistory); null only before the first scan records it.",
            "required": [
              "id",
              "fromTrack",
              "toTrack",
              "source",
              "actor",
              "note",
              "at"
            ],
            "properties": {
              "id": {
                "type": "integer"
              },
              "fromTrack": {
                "type": "string",
                "nullable": true,
                "enum": [
                  "solo-trek",
                  "caravan",
                  null
                ],
                "description": "null for the first decision."
              },
              "toTrack": {
                "$ref": "#/components/schemas/Track"
              },
              "source": {
                "type": "string",
                "enum": [
                  "first-evaluation",
                  "annotation",
                  "platform-team"
                ]
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
          "trackDrift": {
            "type": "object",
            "nullable": true,
            "description": "Set when the quadrant now gives the other track; the track stays until the platform team decides.",
            "required": [
              "computedTrack",
              "reason"
            ],
            "properties": {
              "computedTrack": {
                "$ref": "#/components/schemas/Track"
              },
              "reason": {
                "type": "string",
                "description": "Why, in words, from the signals."
              }
            }
          },
          "trackHistory": {
            "type": "array",
            "description": "Every decision about the track, newest first.",
            "items": {
              "$ref": "#/components/schemas/TrackDecision"
            }
          },
          "segmentation": {
            "type": "object",
            "nullable": true,
            "description": "The signals behind criticality and complexity (SegmentationExplanation); null for results stored before they were kept.",
            "required": [
              "criticality",
              "complexity"
            ],
            "properties": {
              "criticality": {
                "$ref": "#/components/schemas/AxisExplanation"
              },
              "complexity": {
                "$ref": "#/components/schemas/AxisExplanation"
              }
            }
          },
          "waveDetail": {
            "type": "object",
            "nullable": true,
            "description": "The service's wave of the plan, with its dates, where it stands and this service's own dependency warnings.",
            "required": [
              "id",
              "title",
              "order",
              "plannedStart",
              "plannedEnd",
              "status",
              "schedule",
              "total",
              "done",
              "completedAt",
              "updatedBy",
              "updatedAt",
              "warnings"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "order": {
                "type": "integer",
                "description": "Waves move in this order; equal orders move together."
              },
              "plannedStart": {
                "type": "string",
                "format": "date",
                "nullable": true,
                "description": "YYYY-MM-DD; null for waves carried over from before they had dates."
              },
              "plannedEnd": {
                "type": "string",
                "format": "date",
                "nullable": true
              },
              "status": {
                "$ref": "#/components/schemas/WaveStatus"
              },
              "schedule": {
                "type": "string",
                "enum": [
                  "on-schedule",
                  "late",
                  "done",
                  "rolled-back",
                  "unscheduled"
                ]
              },
              "total": {
                "type": "integer",
                "description": "Members, and how many are done (migrated, decommissioned, retired)."
              },
              "done": {
                "type": "integer"
              },
              "completedAt": {
                "type": "string",
                "format": "date-time",
                "nullable": true,
                "description": "When the last member went live, once every member is done."
              },
              "updatedBy": {
                "type": "string",
                "nullable": true
              },
              "updatedAt": {
                "type": "string",
                "format": "date-time"
              },
              "warnings": {
                "description": "Dependency warnings over all members.",
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/DependencyWarning"
                }
              }
            }
          },
          "nextNudge": {
            "description": "The next sunset reminder; absent when nudges are off or the service is done.",
            "$ref": "#/components/schemas/NextNudge"
          }
        }
      },
      "NudgeTopic": {
        "type": "string",
        "enum": [
          "solo-trek.sunset",
          "solo-trek.creed",
          "solo-trek.waiver",
          "solo-trek.stage",
          "solo-trek.milestone",
          "solo-trek.digest"
        ]
      },
      "NudgeSeverity": {
        "type": "string",
        "enum": [
          "critical",
          "high",
          "normal",
          "low"
        ]
      },
      "NextNudge": {
        "type": "object",
        "description": "The next sunset reminder the service will get; absent when nudges are off or the service is done.",
        "required": [
          "on",
          "inDays",
          "topic",
          "title"
        ],
        "properties": {
          "on": {
            "type": "string",
            "format": "date",
            "description": "YYYY-MM-DD, the day it is due (in the nudges' time zone)."
          },
          "inDays": {
            "type": "integer",
            "minimum": 0,
            "description": "Days from today."
          },
          "topic": {
            "$ref": "#/components/schemas/NudgeTopic"
          },
          "title": {
            "type": "string",
            "description": "What it will say, e.g. `30 days to sunset`."
          }
        }
      },
      "NudgePreviewItem": {
        "type": "object",
        "required": [
          "key",
          "topic",
          "severity",
          "title",
          "description",
          "link",
          "recipients",
          "covers"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "The nudge's identity in the migration; a sweep sends each key once."
          },
          "topic": {
            "$ref": "#/components/schemas/NudgeTopic"
          },
          "severity": {
            "$ref": "#/components/schemas/NudgeSeverity"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "link": {
            "type": "string",
            "description": "A path in the app, such as the service's Migration tab."
          },
          "recipients": {
            "type": "object",
            "required": [
              "broadcast",
              "entityRefs"
            ],
            "properties": {
              "broadcast": {
                "type": "boolean",
                "description": "Everyone: milestones are broadcast."
              },
              "entityRefs": {
                "description": "Groups (the notifications backend sends to their members) or people; empty for a broadcast.",
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "entityRef": {
            "type": "string",
            "description": "The service it is about, if one."
          },
          "team": {
            "type": "string",
            "description": "The owning team it is about (digests, escalations)."
          },
          "covers": {
            "type": "integer",
            "minimum": 0,
            "description": "How many per-service nudges a digest carries; 0 for the others."
          }
        }
      },
      "NudgePreview": {
        "type": "object",
        "required": [
          "migrationId",
          "enabled",
          "generatedAt",
          "total",
          "offset",
          "byTopic",
          "folded",
          "items"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "enabled": {
            "type": "boolean",
            "description": "soloTrek.nudges.enabled: when false, nothing is sent."
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "total": {
            "type": "integer",
            "minimum": 0,
            "description": "Notifications the sweep would send, across all pages."
          },
          "offset": {
            "type": "integer",
            "minimum": 0
          },
          "byTopic": {
            "description": "Notifications per topic, across all pages.",
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "folded": {
            "type": "integer",
            "minimum": 0,
            "description": "Per-service nudges folded into team digests."
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/NudgePreviewItem"
            }
          }
        }
      },
      "OutcomePlatform": {
        "type": "string",
        "description": "Which side of the move a point describes.",
        "enum": [
          "old",
          "new"
        ]
      },
      "OutcomePerspective": {
        "type": "string",
        "description": "The balanced scorecard's perspective a metric belongs to.",
        "enum": [
          "business",
          "technical",
          "financial",
          "human"
        ]
      },
      "OutcomePoint": {
        "type": "object",
        "description": "One outcome data point. POST /facts checks each point on its own, so a bad one does not refuse the batch: a known metric, a finite value (built-in metrics are never negative), a time with a zone within the entity's migration window give or take a year and not in the future, and an entity in the scope of a migration that the caller may read.",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "metric",
          "value",
          "at"
        ],
        "properties": {
          "entityRef": {
            "type": "string",
            "maxLength": 255,
            "description": "A catalog entity ref with its kind, e.g. component:default/ledger."
          },
          "metric": {
            "type": "string",
            "maxLength": 63,
            "description": "deployments, leadTimeHours, incidents, latencyP95Ms, costPerMonth or one under soloTrek.outcomes.metrics."
          },
          "value": {
            "type": "number",
            "description": "A finite number; built-in metrics are never negative."
          },
          "at": {
            "type": "string",
            "maxLength": 40,
            "description": "ISO 8601 with a zone (2026-11-03T10:15:00Z), or a date meaning UTC midnight."
          },
          "platform": {
            "description": "Defaults to the service's state at `at`: old before its go-live, new after.",
            "$ref": "#/components/schemas/OutcomePlatform"
          }
        }
      },
      "RejectedOutcomePoint": {
        "type": "object",
        "required": [
          "index",
          "message"
        ],
        "properties": {
          "index": {
            "type": "integer",
            "description": "The point's index in the batch."
          },
          "message": {
            "type": "string"
          }
        }
      },
      "ReportOutcomesResponse": {
        "type": "object",
        "required": [
          "accepted",
          "rejected"
        ],
        "properties": {
          "accepted": {
            "type": "integer",
            "description": "Points stored."
          },
          "rejected": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RejectedOutcomePoint"
            }
          }
        }
      },
      "ReportOutcomesError": {
        "description": "A 400 of POST /facts; the points not listed in rejected were stored.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Error"
          },
          {
            "$ref": "#/components/schemas/ReportOutcomesResponse"
          }
        ]
      },
      "OutcomeMetric": {
        "type": "object",
        "required": [
          "id",
          "title",
          "unit",
          "aggregation",
          "higherIsBetter",
          "perspective",
          "builtIn"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "unit": {
            "type": "string"
          },
          "aggregation": {
            "type": "string",
            "description": "How one day's points become one value. A sum metric is compared as a rate per rateDays days; a median metric as the median of its days.",
            "enum": [
              "sum",
              "median"
            ]
          },
          "higherIsBetter": {
            "type": "boolean"
          },
          "perspective": {
            "$ref": "#/components/schemas/OutcomePerspective"
          },
          "builtIn": {
            "type": "boolean"
          }
        }
      },
      "OutcomeSide": {
        "type": "object",
        "description": "Per-service values on one platform, how many services have one, and their median.",
        "required": [
          "services",
          "median"
        ],
        "properties": {
          "services": {
            "type": "integer"
          },
          "median": {
            "type": "number",
            "nullable": true
          }
        }
      },
      "OutcomePairing": {
        "type": "object",
        "description": "The services with a value both before and after go-live.",
        "required": [
          "services",
          "medianBefore",
          "medianAfter",
          "changePercent",
          "improved",
          "worsened"
        ],
        "properties": {
          "services": {
            "type": "integer"
          },
          "medianBefore": {
            "type": "number",
            "nullable": true
          },
          "medianAfter": {
            "type": "number",
            "nullable": true
          },
          "changePercent": {
            "type": "number",
            "nullable": true,
            "description": "(after − before) / before of the paired medians, in %; null without pairs or from 0."
          },
          "improved": {
            "type": "integer",
            "description": "Paired services that got better (in the metric's direction)."
          },
          "worsened": {
            "type": "integer"
          }
        }
      },
      "OutcomeMetricSummary": {
        "type": "object",
        "required": [
          "metric",
          "before",
          "after",
          "paired"
        ],
        "properties": {
          "metric": {
            "type": "string"
          },
          "before": {
            "$ref": "#/components/schemas/OutcomeSide"
          },
          "after": {
            "$ref": "#/components/schemas/OutcomeSide"
          },
          "paired": {
            "$ref": "#/components/schemas/OutcomePairing"
          }
        }
      },
      "SatisfactionSummary": {
        "type": "object",
        "description": "Pulse answers of a group. distribution (counts of scores 1 to 5) and mean are null when fewer than pulse.minGroupSize people answered, so no answer can be traced to a person.",
        "required": [
          "responses",
          "services",
          "distribution",
          "mean"
        ],
        "properties": {
          "responses": {
            "type": "integer"
          },
          "services": {
            "type": "integer"
          },
          "distribution": {
            "type": "array",
            "nullable": true,
            "minItems": 5,
            "maxItems": 5,
            "items": {
              "type": "integer"
            }
          },
          "mean": {
            "type": "number",
            "nullable": true
          }
        }
      },
      "OutcomeGroupSummary": {
        "type": "object",
        "required": [
          "services",
          "metrics",
          "satisfaction"
        ],
        "properties": {
          "services": {
            "type": "integer",
            "description": "In-scope services of the group."
          },
          "metrics": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OutcomeMetricSummary"
            }
          },
          "satisfaction": {
            "$ref": "#/components/schemas/SatisfactionSummary"
          }
        }
      },
      "OutcomeSeries": {
        "type": "object",
        "required": [
          "metric",
          "points"
        ],
        "properties": {
          "metric": {
            "type": "string"
          },
          "points": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "day",
                "services",
                "median"
              ],
              "properties": {
                "day": {
                  "type": "integer",
                  "description": "Days from go-live to the first day of the week: -7 is the week before."
                },
                "services": {
                  "type": "integer"
                },
                "median": {
                  "type": "number"
                }
              }
            }
          }
        }
      },
      "OutcomesReport": {
        "type": "object",
        "required": [
          "migrationId",
          "generatedAt",
          "from",
          "to",
          "comparisonDays",
          "rateDays",
          "bucketDays",
          "metrics",
          "overall",
          "byTrack",
          "series",
          "pulse",
          "reportingServices",
          "teamCount"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          },
          "comparisonDays": {
            "type": "integer",
            "description": "Days before and after go-live each service is compared over."
          },
          "rateDays": {
            "type": "integer",
            "description": "Days a sum metric's rate is given per."
          },
          "bucketDays": {
            "type": "integer",
            "description": "Days per point of the series."
          },
          "metrics": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OutcomeMetric"
            }
          },
          "overall": {
            "$ref": "#/components/schemas/OutcomeGroupSummary"
          },
          "byTrack": {
            "type": "array",
            "items": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/OutcomeGroupSummary"
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
          "series": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OutcomeSeries"
            }
          },
          "pulse": {
            "type": "object",
            "required": [
              "question",
              "delayDays",
              "minGroupSize"
            ],
            "properties": {
              "question": {
                "type": "string"
              },
              "delayDays": {
                "type": "integer"
              },
              "minGroupSize": {
                "type": "integer"
              }
            }
          },
          "reportingServices": {
            "type": "integer",
            "description": "In-scope services that reported at least one point."
          },
          "teamCount": {
            "type": "integer"
          }
        }
      },
      "OutcomeTeam": {
        "allOf": [
          {
            "$ref": "#/components/schemas/OutcomeGroupSummary"
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
      "OutcomeTeamsPage": {
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
            "type": "integer"
          },
          "offset": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OutcomeTeam"
            }
          }
        }
      },
      "PulseCommentsPage": {
        "type": "object",
        "required": [
          "migrationId",
          "total",
          "offset",
          "items"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "total": {
            "type": "integer"
          },
          "offset": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "score",
                "comment",
                "team",
                "month"
              ],
              "properties": {
                "score": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 5
                },
                "comment": {
                  "type": "string"
                },
                "team": {
                  "type": "string",
                  "nullable": true,
                  "description": "null when fewer than pulse.minGroupSize people of the team answered."
                },
                "month": {
                  "type": "string",
                  "description": "YYYY-MM of the answer."
                }
              }
            }
          }
        }
      },
      "EntityPulse": {
        "type": "object",
        "required": [
          "question",
          "status",
          "opensAt",
          "canAnswer",
          "answer"
        ],
        "properties": {
          "question": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "not-live",
              "not-yet",
              "open"
            ]
          },
          "opensAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "canAnswer": {
            "type": "boolean",
            "description": "The caller owns the service and may answer."
          },
          "answer": {
            "type": "object",
            "nullable": true,
            "description": "The caller's own answer.",
            "required": [
              "score",
              "comment",
              "answeredAt",
              "updatedAt"
            ],
            "properties": {
              "score": {
                "type": "integer",
                "minimum": 1,
                "maximum": 5
              },
              "comment": {
                "type": "string",
                "nullable": true
              },
              "answeredAt": {
                "type": "string",
                "format": "date-time"
              },
              "updatedAt": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        }
      },
      "EntityOutcomes": {
        "type": "object",
        "required": [
          "migrationId",
          "entityRef",
          "goLiveAt",
          "comparisonDays",
          "rateDays",
          "metrics",
          "values",
          "pulse"
        ],
        "properties": {
          "migrationId": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "goLiveAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "comparisonDays": {
            "type": "integer"
          },
          "rateDays": {
            "type": "integer"
          },
          "metrics": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OutcomeMetric"
            }
          },
          "values": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "metric",
                "before",
                "after",
                "changePercent",
                "better"
              ],
              "properties": {
                "metric": {
                  "type": "string"
                },
                "before": {
                  "type": "number",
                  "nullable": true
                },
                "after": {
                  "type": "number",
                  "nullable": true
                },
                "changePercent": {
                  "type": "number",
                  "nullable": true
                },
                "better": {
                  "type": "boolean",
                  "nullable": true,
                  "description": "Whether after is better than before; null without both."
                }
              }
            }
          },
          "pulse": {
            "$ref": "#/components/schemas/EntityPulse"
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
        "description": "Sets the stage. Owners of the entity may do it, and service principals listed in soloTrek.stageReporters. A move backwards needs a note. A move from migrated or decommissioned to an earlier stage is a rollback: recorded with its actor, the note as its reason, an optional postMortemUrl and the go-live date it undid.",
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
                  },
                  "postMortemUrl": {
                    "type": "string",
                    "maxLength": 2000,
                    "description": "For a rollback (migrated or decommissioned to an earlier stage), a link to its blameless post-mortem (http or https)."
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
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/waiver-requests": {
      "post": {
        "operationId": "RequestWaiver",
        "description": "Asks the platform team for a waiver of one waivable Creed item that does not pass, until a date at most soloTrek.waivers.maxDays ahead. The entity's owners (solo-trek.waiver.request) may ask; one pending request per item (409 otherwise).",
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
                    "description": "The expiry wanted, a date (YYYY-MM-DD, end of that day UTC) or a date-time.",
                    "maxLength": 40
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The pending request.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WaiverRequest"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "get": {
        "operationId": "ListEntityWaiverRequests",
        "description": "This entity's waiver requests, every status, newest first (at most 100).",
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
            "description": "The requests.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WaiverRequestPage"
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
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/wave": {
      "put": {
        "operationId": "SetWave",
        "description": "Puts a caravan service in a wave of the plan (by its id), or takes it out with null (also out of the wave its solo-trek.io/wave annotation names). 404 when the plan has no such wave. Platform team only.",
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
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/track": {
      "put": {
        "operationId": "SetTrack",
        "description": "The platform team's decision about the service's track, with a note saying why: the only way a pinned track changes. Restating the current track records a confirmation. Leaving the caravan leaves its wave. Platform team only.",
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
                  "track",
                  "note"
                ],
                "properties": {
                  "track": {
                    "$ref": "#/components/schemas/Track"
                  },
                  "note": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 2000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The card after the decision.",
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
    "/migrations/{migrationId}/leaderboard/teams/{namespace}/{name}": {
      "get": {
        "operationId": "ExplainTeamScore",
        "description": "Why a team has its leaderboard score (TeamScoreExplanation): each service's points with its earliness and compliance, the prior's effect, and the badges with the rule each met. 404 for a team that owns no in-scope service or that the caller may not read.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/period"
          }
        ],
        "responses": {
          "200": {
            "description": "The breakdown.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TeamScoreExplanation"
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
        "description": "The running month's standings, the Hall of heroes (each ended month's recorded winner, closed at its end in soloTrek.timeZone) and the caller's nomination (HeroesResponse).",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "name": "month",
            "in": "query",
            "required": false,
            "description": "Only this month (YYYY-MM) in past; a month after the running one is refused.",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"
            }
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
        "description": "Nominates a team or a person as this month's Migration Hero, with a short reason shown with the winner; one nomination per person per month. Nominating yourself or one of your own teams is refused with 400.",
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
                    "maxLength": 255,
                    "description": "A group or user entity ref."
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 280
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
    },
    "/migrations/{migrationId}/waves": {
      "get": {
        "operationId": "GetWavePlan",
        "description": "The wave plan: each wave with its dates, status, where it stands against its plan, its members (those the caller may read) and their dependency warnings; wave completion; the Caravan services in no wave; the Caravan's forecast (WavePlanReport).",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          }
        ],
        "responses": {
          "200": {
            "description": "The plan.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WavePlanReport"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateWave",
        "description": "Plans a wave. Platform team only (solo-trek.wave.manage). 409 when the plan has or had a wave of that id.",
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
                  "id",
                  "title",
                  "plannedStart",
                  "plannedEnd"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "pattern": "^[a-z0-9][a-z0-9-]*$",
                    "maxLength": 63,
                    "description": "Lowercase letters, digits and dashes."
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "order": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10000
                  },
                  "plannedStart": {
                    "type": "string",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                  },
                  "plannedEnd": {
                    "type": "string",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                  },
                  "status": {
                    "$ref": "#/components/schemas/WaveStatus"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The wave.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Wave"
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
    "/migrations/{migrationId}/waves/{waveId}": {
      "put": {
        "operationId": "UpdateWave",
        "description": "Changes a wave's title, order, planned dates and status. Platform team only.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/waveId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WaveRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The wave.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Wave"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "delete": {
        "operationId": "DeleteWave",
        "description": "Deletes a wave and takes its members out of it (they return to the unplaced). Platform team only.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/waveId"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/migrations/{migrationId}/tracks": {
      "get": {
        "operationId": "GetTrackProgress",
        "description": "Each track's progress apart: Solo Trek adoption with its forecast, and the Caravan's wave completion (waves done, on schedule, late) with its forecast (TrackProgress).",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          }
        ],
        "responses": {
          "200": {
            "description": "The progress of each track.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrackProgress"
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
    "/migrations/{migrationId}/decommission-tail": {
      "get": {
        "operationId": "GetDecommissionTail",
        "description": "Services migrated more than soloTrek.decommission.graceDays ago and not decommissioned: they count as done, yet the old platform keeps running and paying for them (DecommissionTailReport), the longest-running first, a page at a time; with format=csv, the whole list.",
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
          }
        ],
        "responses": {
          "200": {
            "description": "The decommission tail.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DecommissionTailReport"
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
    "/migrations/{migrationId}/rollbacks": {
      "get": {
        "operationId": "GetRollbacks",
        "description": "Rollbacks per month and the latest ones with actor, reason, post-mortem and the go-live they undid (RollbackReport), a page at a time. A rollback found by a scan when the catalog stops showing a service live has the actor \"live signal\".",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          }
        ],
        "responses": {
          "200": {
            "description": "The rollbacks.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RollbackReport"
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
    "/migrations/{migrationId}/track-drift": {
      "get": {
        "operationId": "GetTrackDrift",
        "description": "Services whose quadrant now gives the other track than their pinned one, with the reason and the decision that pinned them (TrackDriftReport), a page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          }
        ],
        "responses": {
          "200": {
            "description": "The drift list.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrackDriftReport"
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
    "/migrations/{migrationId}/nudges/preview": {
      "get": {
        "operationId": "GetNudgePreview",
        "description": "What the next nudge sweep would send and to whom (NudgePreview), a page at a time, also while nudges are off. For the platform team (solo-trek.nudges.preview); nudges naming an entity the caller may not read are left out.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          }
        ],
        "responses": {
          "200": {
            "description": "The notifications of the next sweep.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NudgePreview"
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
    "/facts": {
      "post": {
        "operationId": "ReportOutcomes",
        "description": "Outcome points (deployments, lead time, incidents, latency, cost, configured metrics) for the balanced scorecard, up to 1,000 a batch. Service principals listed in soloTrek.factReporters report for any in-scope service, people for the services they own (403 and nothing stored otherwise). Each point is checked on its own: with any bad point the answer is 400 with the index and reason of each, and the good points are stored. Idempotent: a point with the entity, metric and time of a stored one replaces it.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "points"
                ],
                "properties": {
                  "points": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 1000,
                    "items": {
                      "description": "An OutcomePoint (components/schemas/OutcomePoint), checked one by one by the plugin so that a bad point is reported by its index instead of refusing the batch."
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Every point was stored.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReportOutcomesResponse"
                }
              }
            }
          },
          "400": {
            "description": "Some points were refused (listed by index); the others were stored.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReportOutcomesError"
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
    "/migrations/{migrationId}/outcomes": {
      "get": {
        "operationId": "GetOutcomes",
        "description": "The balanced scorecard (OutcomesReport): per metric, the median of per-service values before and after go-live, the services with both paired, per track, the weekly series aligned on go-live, and the satisfaction pulse as a distribution. The same for every signed-in caller. With format=csv, every group (overall, tracks, the teams the caller may read) and metric as CSV.",
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
            "description": "The scorecard.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OutcomesReport"
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
    "/migrations/{migrationId}/outcomes/teams": {
      "get": {
        "operationId": "GetOutcomeTeams",
        "description": "One page of the scorecard per owning team (OutcomeTeamsPage), teams with most services first, of the teams the caller may read.",
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
          }
        ],
        "responses": {
          "200": {
            "description": "A page of teams.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OutcomeTeamsPage"
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
    "/migrations/{migrationId}/outcomes/comments": {
      "get": {
        "operationId": "GetPulseComments",
        "description": "The pulse's comments, newest first, never with who wrote them (PulseCommentsPage). For the platform team (solo-trek.pulse.comments.read).",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of comments.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PulseCommentsPage"
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
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/outcomes": {
      "get": {
        "operationId": "GetEntityOutcomes",
        "description": "One service's own numbers before and after its go-live, and its satisfaction pulse as the caller sees it (EntityOutcomes).",
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
            "description": "The service's outcomes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityOutcomes"
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
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/pulse": {
      "put": {
        "operationId": "AnswerPulse",
        "description": "The caller's answer to the satisfaction pulse, from pulse.delayDays after go-live (409 before). Owners only; one answer per person and service, which they may change.",
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
                  "score"
                ],
                "properties": {
                  "score": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "comment": {
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
            "description": "The pulse with the answer.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityPulse"
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
    "/migrations/{migrationId}/waiver-requests": {
      "get": {
        "operationId": "ListWaiverRequests",
        "description": "The platform team's queue: waiver requests of the services the caller may read, newest first, a page at a time; pending ones unless status says otherwise.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "pending (the default), approved, denied, withdrawn, or all.",
            "schema": {
              "type": "string",
              "enum": [
                "pending",
                "approved",
                "denied",
                "withdrawn",
                "all"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of requests.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WaiverRequestPage"
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
    "/migrations/{migrationId}/waiver-requests/{requestId}/approve": {
      "post": {
        "operationId": "ApproveWaiverRequest",
        "description": "Grants the waiver asked for, until the expiry asked for or an earlier expiresAt; the waiver is created with the approval. Platform team only (solo-trek.waiver.manage). 409 when the request is no longer pending, the item is no longer waivable or already waived.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/requestId"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "expiresAt": {
                    "type": "string",
                    "description": "An earlier expiry than the one asked for (YYYY-MM-DD or a date-time).",
                    "maxLength": 40
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
            "description": "The approved request, with its waiver.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WaiverRequest"
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
    "/migrations/{migrationId}/waiver-requests/{requestId}/deny": {
      "post": {
        "operationId": "DenyWaiverRequest",
        "description": "Refuses a pending request, with a reason for the requester. Platform team only.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/requestId"
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
                  "reason"
                ],
                "properties": {
                  "reason": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 2000,
                    "description": "Why, for the requester."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The denied request.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WaiverRequest"
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
    "/migrations/{migrationId}/waiver-requests/{requestId}/withdraw": {
      "post": {
        "operationId": "WithdrawWaiverRequest",
        "description": "The requester takes back a pending request.",
        "parameters": [
          {
            "$ref": "#/components/parameters/migrationId"
          },
          {
            "$ref": "#/components/parameters/requestId"
          }
        ],
        "responses": {
          "200": {
            "description": "The withdrawn request.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WaiverRequest"
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
