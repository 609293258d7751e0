/** The answers an editor gave (flags or prompts), by field name. */
export type Answers = Record<string, string>;

/** One thing the scaffolder asks for. */
export interface FieldSpec {
  /** Flag and frontmatter name, e.g. docNumber (flag --docNumber or --doc-number). */
  name: string;
  /** The question, in Chinese. */
  label: string;
  /** An example or hint shown with the question. */
  hint?: string;
  /** Required fields are asked for until given; optional ones may be left empty. */
  required: boolean;
  /** A list: items separated by LIST_SEPARATOR (|) or given by repeating the flag. */
  list?: boolean;
  /** A default worked out from the answers so far; the scaffolder says when it used one. */
  defaultValue?: (answers: Answers) => string | undefined;
  /** A Chinese message if the value is not acceptable. */
  validate?: (value: string, answers: Answers) => string | undefined;
}

/** A content type the scaffolder can create: one template module per type. */
export interface ContentTemplate {
  /** The type name on the command line: npm run new -- <type>. */
  type: string;
  /** Its Chinese name, e.g. 通知公告. */
  label: string;
  /** The collection (folder under content/) the file goes to. */
  collection: string;
  /** File extension. */
  ext: 'mdx' | 'yaml';
  /** What to ask, in order. */
  fields: FieldSpec[];
  /** Switches the type takes besides its fields (flag name → what it does), e.g. sample. */
  switches?: Record<string, string>;
  /** The id (file name without extension) for these answers. */
  id(answers: Answers): string;
  /** Problems with the answers taken together (e.g. a fact neither given nor declared unknown), in Chinese. */
  checkAnswers?(answers: Answers): string[];
  /** A field whose value no two entries may share (e.g. 发文字号), normalised for comparison. */
  unique?: { field: string; label: string; normalize(value: string): string };
  /** The file's text: valid frontmatter and a commented template body. */
  render(answers: Answers): string;
  /** A type that adds to an existing file (an article to its issue): `id` names that file, which must exist. */
  amends?: boolean;
  /** The existing file's text with the addition made, for a type that `amends`. */
  amend?(existing: string, answers: Answers): string;
}
