/** opencc-js ships its dictionaries without types: each is a string of `from to|from to…` pairs. */
declare module 'opencc-js/dict/TSCharacters' {
  const pairs: string;
  export default pairs;
}
