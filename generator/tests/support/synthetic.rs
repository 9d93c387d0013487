//! A synthetic spec of any size, shared by the scaling benchmark and the
//! atomic-write test (both need a large spec; neither cares what it says).

/// A spec shaped like a real service: per operation a path and a query
/// parameter, a JSON body and response with their own schema, one of them
/// with a nested inline object and an enum; ten tags.
pub fn synthetic_spec(operations: usize, title: &str) -> String {
    let mut out = format!(
        "openapi: 3.0.3\ninfo: {{title: {title}, version: '1', x-vendorgen-crate-name: synthetic-api}}\nservers: [{{url: 'https://api.example.com'}}]\npaths:\n"
    );
    for i in 0..operations {
        out.push_str(&format!(
            "  /things{i}/{{id}}:\n    post:\n      operationId: op{i}\n      tags: [group{}]\n      summary: Operation {i}.\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: string}}}}\n        - {{name: limit, in: query, schema: {{type: integer, minimum: 1, maximum: 100}}}}\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: {{$ref: '#/components/schemas/Thing{i}'}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/Thing{i}Result'}}\n        '404':\n          description: not found\n",
            i % 10
        ));
    }
    out.push_str("components:\n  schemas:\n");
    for i in 0..operations {
        out.push_str(&format!(
            "    Thing{i}:\n      type: object\n      required: [name]\n      properties:\n        name: {{type: string, maxLength: 64, pattern: '^[a-z]+$'}}\n        count: {{type: integer, format: int32}}\n        state: {{type: string, enum: [on, off]}}\n        tags: {{type: array, items: {{type: string}}}}\n        owner:\n          type: object\n          properties:\n            id: {{type: string, format: uuid}}\n    Thing{i}Result:\n      type: object\n      properties:\n        thing: {{$ref: '#/components/schemas/Thing{i}'}}\n        created: {{type: string, format: date-time}}\n"
        ));
    }
    out
}
