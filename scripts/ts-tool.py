#!/usr/bin/env python3
"""Developer helper for Qt Linguist files (not used by the build or the tests).

  ts-tool.py unfinished FILE.ts        print unfinished messages as JSON [{context, source, plural}]
  ts-tool.py apply FILE.ts MAP.json    fill translations from {"context\\u0004source": "translation"}
                                       or {"source": "translation"} (any context)
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def unfinished(path):
    _, root = load(path)
    out = []
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is not None and translation.get('type') == 'unfinished':
                out.append({'context': name, 'source': message.findtext('source'),
                            'plural': message.get('numerus') == 'yes'})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path, mapping_path):
    tree, root = load(path)
    with open(mapping_path, encoding='utf-8') as f:
        mapping = json.load(f)
    filled = missing = 0
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            source = message.findtext('source')
            text = mapping.get(name + '\u0004' + source, mapping.get(source))
            if text is None:
                missing += 1
                continue
            if message.get('numerus') == 'yes':
                for child in list(translation):
                    translation.remove(child)
                forms = text if isinstance(text, list) else [text]
                for form in forms:
                    ET.SubElement(translation, 'numerusform').text = form
            else:
                translation.text = text
            del translation.attrib['type']
            filled += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    # ElementTree drops the DOCTYPE; put it back so lupdate/lrelease stay happy.
    with open(path, encoding='utf-8') as f:
        content = f.read()
    if '<!DOCTYPE TS>' not in content:
        content = content.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(content)
    print(f'{path}: filled {filled}, still unfinished {missing}', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'unfinished':
        unfinished(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'apply':
        apply(sys.argv[2], sys.argv[3])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
