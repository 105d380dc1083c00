// ESLint rule "layers/allowed-imports": which folder may import which (ARCHITECTURE.md §2).
// Arrows point one way: shared <- renderer, shared <- server <- electron. Like VS Code's
// layer map, the rule resolves every import (static, dynamic, re-export, require) to the
// layer it lands in and reports the ones the importing layer may not use.
import { builtinModules } from 'node:module';
import path from 'node:path';

const NODE_BUILTINS = new Set(builtinModules);

/** The first folder of a repository-relative path, or null outside any layer. */
function layerOf(relativePath, layers) {
  const parts = relativePath.split(path.sep);
  for (const name of Object.keys(layers)) {
    const folder = layers[name].folder.split('/');
    if (folder.every((segment, i) => parts[i] === segment)) return name;
  }
  return null;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(packageName(specifier));
}

/** Why importing `specifier` from `file` breaks the layer rules, or null when it is allowed. */
export function violation(file, specifier, options) {
  const root = options.root;
  const layers = options.layers;
  const from = layerOf(path.relative(root, file), layers);
  if (!from) return null;
  const rules = layers[from];
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = path.resolve(path.dirname(file), specifier);
    const to = layerOf(path.relative(root, target), layers);
    if (to === null || to === from || rules.layers.includes(to)) return null;
    return `${from}/ may not import from ${to}/ (allowed: ${[from, ...rules.layers].join(', ')})`;
  }
  if (isNodeBuiltin(specifier)) {
    return rules.node ? null : `${from}/ may not import the Node built-in "${specifier}"`;
  }
  const name = packageName(specifier);
  if (rules.packages !== '*' && !rules.packages.includes(name)) {
    return `${from}/ may only import the packages ${rules.packages.join(', ')}, not "${name}"`;
  }
  if ((rules.forbiddenPackages ?? []).includes(name)) {
    return `${from}/ may not import "${name}"`;
  }
  return null;
}

const allowedImports = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the import direction between shared/, renderer/, server/ and electron/',
    },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: { forbidden: 'Layer violation: {{why}}.' },
  },
  create(context) {
    const options = context.options[0];
    const file = context.filename;
    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const why = violation(file, source.value, options);
      if (why) context.report({ node, messageId: 'forbidden', data: { why } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          check(node, node.arguments[0]);
        }
      },
    };
  },
};

export default { rules: { 'allowed-imports': allowedImports } };
