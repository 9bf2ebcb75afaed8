// Generates the Java and C++ harness sources from a problem's typed signature (@pairwise/shared).
import {
  camelCase,
  cppTypeName,
  javaTypeName,
  typeText,
  type ProblemSignature,
  type RecordType,
} from '@pairwise/shared'

/** The records as Java source: one package-private top-level record each, in one file. */
export function javaRecordsSource(signature: ProblemSignature): string {
  const lines = [
    '// Generated from the problem signature: the records the candidate uses, and their JSON form.',
    'import com.fasterxml.jackson.annotation.JsonProperty;',
    'import com.fasterxml.jackson.core.JsonGenerator;',
    'import com.fasterxml.jackson.core.JsonParser;',
    'import com.fasterxml.jackson.core.type.TypeReference;',
    'import com.fasterxml.jackson.databind.DeserializationContext;',
    'import com.fasterxml.jackson.databind.JsonDeserializer;',
    'import com.fasterxml.jackson.databind.JsonNode;',
    'import com.fasterxml.jackson.databind.JsonSerializer;',
    'import com.fasterxml.jackson.databind.SerializerProvider;',
    'import com.fasterxml.jackson.databind.annotation.JsonDeserialize;',
    'import com.fasterxml.jackson.databind.annotation.JsonSerialize;',
    'import java.io.IOException;',
    'import java.util.List;',
    'import java.util.Map;',
    '',
    'final class PairwiseRecords {',
    '    private PairwiseRecords() {}',
    '}',
    '',
  ]
  for (const record of signature.records) lines.push(...javaRecord(record), '')
  return lines.join('\n')
}

function javaRecord(record: RecordType): string[] {
  const components = record.fields.map((f) => `${javaTypeName(f.type)} ${camelCase(f.name)}`)
  if (record.shape === 'object') {
    const annotated = record.fields.map(
      (f) => `@JsonProperty("${f.name}") ${javaTypeName(f.type)} ${camelCase(f.name)}`,
    )
    return [`record ${record.name}(${annotated.join(', ')}) {}`]
  }
  // A tuple record is a JSON array, its fields in order.
  const name = record.name
  const count = record.fields.length
  return [
    `@JsonSerialize(using = ${name}.AsArray.class)`,
    `@JsonDeserialize(using = ${name}.FromArray.class)`,
    `record ${name}(${components.join(', ')}) {`,
    `    static final class AsArray extends JsonSerializer<${name}> {`,
    '        @Override',
    `        public void serialize(${name} value, JsonGenerator out, SerializerProvider provider) throws IOException {`,
    '            out.writeStartArray();',
    ...record.fields.map(
      (f) => `            provider.defaultSerializeValue(value.${camelCase(f.name)}(), out);`,
    ),
    '            out.writeEndArray();',
    '        }',
    '    }',
    `    static final class FromArray extends JsonDeserializer<${name}> {`,
    '        @Override',
    `        public ${name} deserialize(JsonParser in, DeserializationContext context) throws IOException {`,
    '            JsonNode node = in.readValueAsTree();',
    `            if (node == null || !node.isArray() || node.size() != ${count}) {`,
    `                throw new IOException("${name} is a JSON array of ${count} values: ${record.fields.map((f) => `${f.name}: ${typeText(f.type)}`).join(', ')}");`,
    '            }',
    `            return new ${name}(`,
    record.fields
      .map((f, i) => {
        const boxed = javaTypeName(f.type, true)
        const read = `context.readTreeAsValue(node.get(${i}), context.getTypeFactory().constructType(new TypeReference<${boxed}>() {}))`
        // A JSON null is an optional field's none; readTreeAsValue fails on it. Only an optional
        // field may hold one (a primitive component cannot).
        return f.type.kind === 'optional'
          ? `                node.get(${i}).isNull() ? null : ${read}`
          : `                ${read}`
      })
      .join(',\n'),
    '            );',
    '        }',
    '    }',
    '}',
  ]
}

/** pairwise_types.hpp: force-included before solution.cpp, so its lines stay its own. */
export function cppTypesHeader(signature: ProblemSignature): string {
  const lines = [
    '// Generated from the problem signature: the standard headers and records the code may use.',
    '#pragma once',
    '#include <cstdint>',
    '#include <map>',
    '#include <optional>',
    '#include <string>',
    '#include <utility>',
    '#include <vector>',
    '',
  ]
  for (const record of signature.records) {
    lines.push(`struct ${record.name} {`)
    for (const field of record.fields) lines.push(`    ${cppTypeName(field.type)} ${field.name};`)
    lines.push('};', '')
  }
  return lines.join('\n')
}

/** The lvalue parameter list the shim takes and main.cpp passes, e.g. `std::vector<int>& a0`. */
function shimParameters(signature: ProblemSignature): string {
  return signature.params.map((p, i) => `${cppTypeName(p.type)}& a${i}`).join(', ')
}

const SHIM_FUNCTION = 'pairwise_call'

/**
 * main.cpp, compiled once per signature: the records' JSON form, and the case that decodes the
 * arguments, calls the candidate's function through the shim and encodes what it returned.
 */
export function cppMainSource(signature: ProblemSignature): string {
  const lines = [
    '// Generated from the problem signature: decodes a case, calls the code, encodes its result.',
    '#include "pairwise_types.hpp"',
    '#include "pairwise_runtime.hpp"',
    '',
    'namespace nlohmann {',
  ]
  for (const record of signature.records) {
    const name = record.name
    lines.push(`template <>`, `struct adl_serializer<${name}> {`)
    if (record.shape === 'object') {
      lines.push(
        `    static void to_json(json& j, const ${name}& v) {`,
        '        j = json::object();',
        ...record.fields.map((f) => `        j["${f.name}"] = v.${f.name};`),
        '    }',
        `    static void from_json(const json& j, ${name}& v) {`,
        ...record.fields.map((f) => `        j.at("${f.name}").get_to(v.${f.name});`),
        '    }',
      )
    } else {
      lines.push(
        `    static void to_json(json& j, const ${name}& v) {`,
        '        j = json::array();',
        ...record.fields.map((f) => `        j.push_back(v.${f.name});`),
        '    }',
        `    static void from_json(const json& j, ${name}& v) {`,
        `        if (!j.is_array() || j.size() != ${record.fields.length}) {`,
        `            throw std::invalid_argument("${name} is a JSON array of ${record.fields.length} values");`,
        '        }',
        ...record.fields.map((f, i) => `        j.at(${i}).get_to(v.${f.name});`),
        '    }',
      )
    }
    lines.push('};')
  }
  const returns = cppTypeName(signature.returns)
  lines.push(
    '}  // namespace nlohmann',
    '',
    `${returns} ${SHIM_FUNCTION}(${shimParameters(signature)});`,
    '',
    'static pairwise::json pairwise_case(const pairwise::json& args, double& ms) {',
    `    if (!args.is_array() || args.size() != ${signature.params.length}) {`,
    `        throw pairwise::ArgumentError("the function takes ${signature.params.length} arguments");`,
    '    }',
    ...signature.params.map((p, i) => {
      const type = cppTypeName(p.type)
      return `    auto a${i} = pairwise::arg<${type}>(args, ${i}, "${p.name}", "${type}");`
    }),
    '    auto started = std::chrono::steady_clock::now();',
    `    ${returns} result = ${SHIM_FUNCTION}(${signature.params.map((_, i) => `a${i}`).join(', ')});`,
    '    ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();',
    '    return pairwise::json(result);',
    '}',
    '',
    'static double pairwise_time(const pairwise::json& args, long calls, long distinct) {',
    '    struct Copy {',
    ...signature.params.map((p, i) => `        ${cppTypeName(p.type)} a${i};`),
    '    };',
    '    std::vector<Copy> copies;',
    '    copies.reserve(distinct);',
    '    for (long i = 0; i < distinct; i++) {',
    `        copies.push_back(Copy{${signature.params
      .map((p, i) => {
        const type = cppTypeName(p.type)
        return `pairwise::arg<${type}>(args, ${i}, "${p.name}", "${type}")`
      })
      .join(', ')}});`,
    '    }',
    '    return pairwise::timed([&](long i) {',
    '        Copy& c = copies[i % distinct];',
    `        pairwise::keep(${SHIM_FUNCTION}(${signature.params.map((_, i) => `c.a${i}`).join(', ')}));`,
    '    }, calls);',
    '}',
    '',
    'int main(int argc, char** argv) { return pairwise::main(argc, argv, pairwise_case, pairwise_time); }',
    '',
  )
  return lines.join('\n')
}

/** The file name the shim's own lines show in compiler messages. */
export const SHIM_FILE = 'pairwise-call'

/**
 * The translation unit compiled per run: the candidate's file, included so its lines are its own,
 * then the shim that calls their function with lvalues, which by-value, const& and & parameters
 * all accept.
 */
export function cppShimSource(
  signature: ProblemSignature,
  functionName: string,
  codeFileName: string,
): string {
  const args = signature.params.map((_, i) => `a${i}`).join(', ')
  return [
    `#include "${codeFileName}"`,
    `#line 1 "${SHIM_FILE}"`,
    `${cppTypeName(signature.returns)} ${SHIM_FUNCTION}(${shimParameters(signature)}) { return ${functionName}(${args}); }`,
    '',
  ].join('\n')
}

/** How the candidate's C++ function must look, for a message when the shim cannot call it. */
export function cppExpectedSignature(signature: ProblemSignature, functionName: string): string {
  const params = signature.params.map((p) => `${cppTypeName(p.type)} ${p.name}`).join(', ')
  return `${cppTypeName(signature.returns)} ${functionName}(${params})`
}
