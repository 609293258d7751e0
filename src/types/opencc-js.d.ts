// opencc-js ships types for its core only; its dictionary modules are plain data.
declare module 'opencc-js/from/hk' {
  const dicts: import('opencc-js/core').DictGroup[];
  export default dicts;
}
declare module 'opencc-js/to/cn' {
  const dicts: import('opencc-js/core').DictGroup[];
  export default dicts;
}
