#!/usr/bin/env python3
"""Writes sarif-schema-2.1.0-subset.json: the definitions of the OASIS SARIF 2.1.0 JSON schema
(oasis-tcs/sarif-spec, Schemata/sarif-schema-2.1.0.json, commit 0a8091f7d4057e57b6d8d9b56129e5f918747b34,
errata01) that a Mingcha log can reach: sarifLog, run, tool, toolComponent, reportingDescriptor,
reportingConfiguration, message, multiformatMessageString, propertyBag, artifact, artifactLocation,
artifactContent, result, location, physicalLocation, logicalLocation, region, address.
Validation keywords (type, required, additionalProperties, enum, minimum, uniqueItems, pattern,
anyOf, $ref) are copied as they are; descriptions are left out. A $ref to a definition not copied
(e.g. invocation, codeFlow) fails validation if a log ever uses it, so it cannot pass silently."""
import json

GUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"
def ref(n): return {"$ref": "#/definitions/" + n}
def arr(item, unique, min_items=0, default=None):
    a = {"type": "array", "minItems": min_items, "uniqueItems": unique, "items": item}
    if default is not None: a["default"] = default
    return a
def s(**kw): d = {"type": "string"}; d.update(kw); return d
def i(minimum=None, default=None):
    d = {"type": "integer"}
    if minimum is not None: d["minimum"] = minimum
    if default is not None: d["default"] = default
    return d
def obj(props, required=None, extra=None):
    d = {"additionalProperties": False, "type": "object", "properties": props}
    if required: d["required"] = required
    if extra: d.update(extra)
    return d
LEVEL = {"default": "warning", "enum": ["none", "note", "warning", "error"], "type": "string"}
PB = ref("propertyBag")
strmap = {"type": "object", "additionalProperties": {"type": "string"}}
mmsmap = {"type": "object", "additionalProperties": ref("multiformatMessageString")}

defs = {
 "address": obj({"absoluteAddress": i(-1, -1), "relativeAddress": i(), "length": i(), "kind": s(), "name": s(),
                 "fullyQualifiedName": s(), "offsetFromParent": i(), "index": i(-1, -1), "parentIndex": i(-1, -1), "properties": PB}),
 "artifact": obj({"description": ref("message"), "location": ref("artifactLocation"), "parentIndex": i(-1, -1),
                  "offset": i(0), "length": i(-1, -1),
                  "roles": arr({"enum": ["analysisTarget", "attachment", "responseFile", "resultFile", "standardStream", "tracedFile",
                                          "unmodified", "modified", "added", "deleted", "renamed", "uncontrolled", "driver", "extension",
                                          "translation", "taxonomy", "policy", "referencedOnCommandLine", "memoryContents", "directory",
                                          "userSpecifiedConfiguration", "toolSpecifiedConfiguration", "debugOutputFile"], "type": "string"}, True, default=[]),
                  "mimeType": s(pattern="[^/]+/.+"), "contents": ref("artifactContent"), "encoding": s(), "sourceLanguage": s(),
                  "hashes": strmap, "lastModifiedTimeUtc": s(format="date-time"), "properties": PB}),
 "artifactContent": obj({"text": s(), "binary": s(), "rendered": ref("multiformatMessageString"), "properties": PB}),
 "artifactLocation": obj({"uri": s(format="uri-reference"), "uriBaseId": s(), "index": i(-1, -1), "description": ref("message"), "properties": PB}),
 "location": obj({"id": i(-1, -1), "physicalLocation": ref("physicalLocation"),
                  "logicalLocations": arr(ref("logicalLocation"), True, default=[]), "message": ref("message"),
                  "annotations": arr(ref("region"), True, default=[]), "relationships": arr(ref("locationRelationship"), True, default=[]),
                  "properties": PB}),
 "logicalLocation": obj({"name": s(), "index": i(-1, -1), "fullyQualifiedName": s(), "decoratedName": s(), "parentIndex": i(-1, -1),
                         "kind": s(), "properties": PB}),
 "message": obj({"text": s(), "markdown": s(), "id": s(), "arguments": arr({"type": "string"}, False, default=[]), "properties": PB},
                extra={"anyOf": [{"required": ["text"]}, {"required": ["id"]}]}),
 "multiformatMessageString": obj({"text": s(), "markdown": s(), "properties": PB}, required=["text"]),
 "physicalLocation": obj({"address": ref("address"), "artifactLocation": ref("artifactLocation"), "region": ref("region"),
                          "contextRegion": ref("region"), "properties": PB},
                         extra={"anyOf": [{"required": ["address"]}, {"required": ["artifactLocation"]}]}),
 "propertyBag": {"type": "object", "additionalProperties": True,
                 "properties": {"tags": arr({"type": "string"}, True, default=[])}},
 "region": obj({"startLine": i(1), "startColumn": i(1), "endLine": i(1), "endColumn": i(1), "charOffset": i(-1, -1), "charLength": i(0),
                "byteOffset": i(-1, -1), "byteLength": i(0), "snippet": ref("artifactContent"), "message": ref("message"),
                "sourceLanguage": s(), "properties": PB},
               extra={"anyOf": [{"required": ["startLine"]}, {"required": ["charOffset"]}, {"required": ["byteOffset"]}]}),
 "reportingDescriptor": obj({"id": s(), "deprecatedIds": arr({"type": "string"}, True), "guid": s(pattern=GUID),
                             "deprecatedGuids": arr(s(pattern=GUID), True), "name": s(), "deprecatedNames": arr({"type": "string"}, True),
                             "shortDescription": ref("multiformatMessageString"), "fullDescription": ref("multiformatMessageString"),
                             "messageStrings": mmsmap, "defaultConfiguration": ref("reportingConfiguration"), "helpUri": s(format="uri"),
                             "help": ref("multiformatMessageString"),
                             "relationships": arr(ref("reportingDescriptorRelationship"), True, default=[]), "properties": PB},
                            required=["id"]),
 "reportingConfiguration": obj({"enabled": {"type": "boolean", "default": True}, "level": LEVEL,
                                "rank": {"type": "number", "default": -1.0, "minimum": -1.0, "maximum": 100.0},
                                "parameters": PB, "properties": PB}),
 "result": obj({"ruleId": s(), "ruleIndex": i(-1, -1), "rule": ref("reportingDescriptorReference"),
                "kind": {"default": "fail", "enum": ["notApplicable", "pass", "fail", "review", "open", "informational"], "type": "string"},
                "level": LEVEL, "message": ref("message"), "analysisTarget": ref("artifactLocation"),
                "locations": arr(ref("location"), False, default=[]), "guid": s(pattern=GUID), "correlationGuid": s(pattern=GUID),
                "occurrenceCount": i(1), "partialFingerprints": strmap, "fingerprints": strmap,
                "stacks": arr(ref("stack"), True, default=[]), "codeFlows": arr(ref("codeFlow"), False, default=[]),
                "graphs": arr(ref("graph"), True, default=[]), "graphTraversals": arr(ref("graphTraversal"), True, default=[]),
                "relatedLocations": arr(ref("location"), True, default=[]), "suppressions": arr(ref("suppression"), True),
                "baselineState": {"enum": ["new", "unchanged", "updated", "absent"], "type": "string"},
                "rank": {"type": "number", "default": -1.0, "minimum": -1.0, "maximum": 100.0},
                "attachments": arr(ref("attachment"), True, default=[]), "hostedViewerUri": s(format="uri"),
                "workItemUris": arr(s(format="uri"), True), "provenance": ref("resultProvenance"),
                "fixes": arr(ref("fix"), True, default=[]), "taxa": arr(ref("reportingDescriptorReference"), True, default=[]),
                "webRequest": ref("webRequest"), "webResponse": ref("webResponse"), "properties": PB},
               required=["message"]),
 "run": obj({"tool": ref("tool"), "invocations": arr(ref("invocation"), False, default=[]), "conversion": ref("conversion"),
             "language": s(default="en-US", pattern="^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"),
             "versionControlProvenance": arr(ref("versionControlDetails"), True, default=[]),
             "originalUriBaseIds": {"type": "object", "additionalProperties": ref("artifactLocation")},
             "artifacts": arr(ref("artifact"), True), "logicalLocations": arr(ref("logicalLocation"), True, default=[]),
             "graphs": arr(ref("graph"), True, default=[]), "results": arr(ref("result"), False),
             "automationDetails": ref("runAutomationDetails"), "runAggregates": arr(ref("runAutomationDetails"), True, default=[]),
             "baselineGuid": s(pattern=GUID), "redactionTokens": arr({"type": "string"}, True, default=[]),
             "defaultEncoding": s(), "defaultSourceLanguage": s(),
             "newlineSequences": arr({"type": "string"}, True, min_items=1, default=["\r\n", "\n"]),
             "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"], "type": "string"},
             "externalPropertyFileReferences": ref("externalPropertyFileReferences"),
             "threadFlowLocations": arr(ref("threadFlowLocation"), True, default=[]), "taxonomies": arr(ref("toolComponent"), True, default=[]),
             "addresses": arr(ref("address"), False, default=[]), "translations": arr(ref("toolComponent"), True, default=[]),
             "policies": arr(ref("toolComponent"), True, default=[]), "webRequests": arr(ref("webRequest"), True, default=[]),
             "webResponses": arr(ref("webResponse"), True, default=[]), "specialLocations": ref("specialLocations"), "properties": PB},
            required=["tool"]),
 "tool": obj({"driver": ref("toolComponent"), "extensions": arr(ref("toolComponent"), True, default=[]), "properties": PB}, required=["driver"]),
 "toolComponent": obj({"guid": s(pattern=GUID), "name": s(), "organization": s(), "product": s(), "productSuite": s(),
                       "shortDescription": ref("multiformatMessageString"), "fullDescription": ref("multiformatMessageString"),
                       "fullName": s(), "version": s(), "semanticVersion": s(), "dottedQuadFileVersion": s(pattern="[0-9]+(\\.[0-9]+){3}"),
                       "releaseDateUtc": s(), "downloadUri": s(format="uri"), "informationUri": s(format="uri"),
                       "globalMessageStrings": mmsmap, "notifications": arr(ref("reportingDescriptor"), True, default=[]),
                       "rules": arr(ref("reportingDescriptor"), True, default=[]), "taxa": arr(ref("reportingDescriptor"), True, default=[]),
                       "locations": {"type": "array", "minItems": 0, "default": [], "items": ref("artifactLocation")},
                       "language": s(default="en-US", pattern="^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"),
                       "contents": {"type": "array", "uniqueItems": True, "default": ["localizedData", "nonLocalizedData"],
                                    "items": {"enum": ["localizedData", "nonLocalizedData"], "type": "string"}},
                       "isComprehensive": {"type": "boolean", "default": False}, "localizedDataSemanticVersion": s(),
                       "minimumRequiredLocalizedDataSemanticVersion": s(), "associatedComponent": ref("toolComponentReference"),
                       "translationMetadata": ref("translationMetadata"),
                       "supportedTaxonomies": arr(ref("toolComponentReference"), True, default=[]), "properties": PB},
                      required=["name"]),
}
schema = {
 "$schema": "http://json-schema.org/draft-04/schema#",
 "title": "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema (subset, see make-sarif-schema-subset.py)",
 "id": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
 "additionalProperties": False, "type": "object",
 "properties": {"$schema": s(format="uri"), "version": {"enum": ["2.1.0"], "type": "string"},
                "runs": {"type": ["array", "null"], "minItems": 0, "uniqueItems": False, "items": ref("run")},
                "inlineExternalProperties": arr(ref("externalProperties"), True), "properties": PB},
 "required": ["version", "runs"],
 "definitions": dict(sorted(defs.items())),
}
with open("sarif-schema-2.1.0-subset.json", "w") as f:
    json.dump(schema, f, indent=1, ensure_ascii=False)
    f.write("\n")
