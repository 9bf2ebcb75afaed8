// A problem's typed function signature (problem.md `signature` + `records`), as the loader parses
// it: what the Java and C++ harnesses are generated from.

/** The scalar types: int is 32-bit, long 64-bit, float a double, str a string. */
export const SCALAR_TYPES = ['int', 'long', 'float', 'bool', 'str'] as const
export type ScalarTypeName = (typeof SCALAR_TYPES)[number]

export type ValueType =
  | { kind: ScalarTypeName }
  | { kind: 'list'; of: ValueType }
  /** A JSON object; its keys are always strings. */
  | { kind: 'dict'; of: ValueType }
  /** JSON null allowed. */
  | { kind: 'optional'; of: ValueType }
  | { kind: 'record'; name: string }

export interface SignatureField {
  /** snake_case, as in Python. */
  name: string
  type: ValueType
}

/**
 * A named record: `object` ones are JSON objects with exactly these keys, `tuple` ones JSON arrays
 * with these positions (a Python tuple such as (doc, score)).
 */
export interface RecordType {
  name: string
  shape: 'object' | 'tuple'
  fields: SignatureField[]
}

export interface ProblemSignature {
  params: SignatureField[]
  returns: ValueType
  /** Every record the problem declares, each after the records it uses. */
  records: RecordType[]
}

/** The type as the signature grammar writes it, e.g. `list[optional[float]]`. */
export function typeText(type: ValueType): string {
  switch (type.kind) {
    case 'list':
    case 'optional':
      return `${type.kind}[${typeText(type.of)}]`
    case 'dict':
      return `dict[str, ${typeText(type.of)}]`
    case 'record':
      return type.name
    default:
      return type.kind
  }
}

/** The signature as problem.md writes it: `(k: int, xs: list[float]) -> float`. */
export function signatureText(signature: ProblemSignature): string {
  const params = signature.params.map((p) => `${p.name}: ${typeText(p.type)}`).join(', ')
  return `(${params}) -> ${typeText(signature.returns)}`
}

/** snake_case → camelCase, as Java shows a parameter or record component. */
export function camelCase(name: string): string {
  const [first = '', ...rest] = name.split('_')
  return first + rest.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')
}

const JAVA_SCALARS: Record<ScalarTypeName, { plain: string; boxed: string }> = {
  int: { plain: 'int', boxed: 'Integer' },
  long: { plain: 'long', boxed: 'Long' },
  float: { plain: 'double', boxed: 'Double' },
  bool: { plain: 'boolean', boxed: 'Boolean' },
  str: { plain: 'String', boxed: 'String' },
}

/**
 * The Java type the harness gives a value of this type (the candidate may declare any type Jackson
 * decodes the JSON into): arrays for lists of scalars, lists and records, `List<…>` otherwise.
 */
export function javaTypeName(type: ValueType, boxed = false): string {
  switch (type.kind) {
    case 'list': {
      const of =
        type.of.kind === 'dict' || type.of.kind === 'optional' ? null : javaTypeName(type.of)
      return of === null ? `List<${javaTypeName(type.of, true)}>` : `${of}[]`
    }
    case 'dict':
      return `Map<String, ${javaTypeName(type.of, true)}>`
    case 'optional':
      return javaTypeName(type.of, true)
    case 'record':
      return type.name
    default:
      return JAVA_SCALARS[type.kind][boxed ? 'boxed' : 'plain']
  }
}

const CPP_SCALARS: Record<ScalarTypeName, string> = {
  int: 'int',
  long: 'long long',
  float: 'double',
  bool: 'bool',
  str: 'std::string',
}

/** The C++ type of a value of this type, as the harness passes and expects it. */
export function cppTypeName(type: ValueType): string {
  switch (type.kind) {
    case 'list':
      return `std::vector<${cppTypeName(type.of)}>`
    case 'dict':
      return `std::map<std::string, ${cppTypeName(type.of)}>`
    case 'optional':
      return `std::optional<${cppTypeName(type.of)}>`
    case 'record':
      return type.name
    default:
      return CPP_SCALARS[type.kind]
  }
}
