// Type of the humannames gazetteer re-export: name -> 1 for every listed first or last name.
declare const names: Record<string, number>;
export default names;
