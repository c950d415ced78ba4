/** Reading and writing SSDA903 returns in the DfE XML format. */
export { readXmlChunks, readXmlReturn } from './read-xml-return.js';
export { isXml903, xmlRootName } from './is-xml-903.js';
export { write903Xml } from './write-903-xml.js';
export { xmlFieldPath } from './xml-field-path.js';
export { TABLE_COLUMNS, XML_TABLES, type XmlReadResult, type XmlRow, type XmlTable } from './xml-row.js';
