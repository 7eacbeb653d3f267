// The import boundaries of the layout (CODE_STYLE.md), as one ESLint rule. Import paths are
// resolved first ($lib and relative forms alike), so `./modules` inside core (core's own
// folder) is told apart from the capability modules under src/lib/server/modules.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MODULES = 'src/lib/server/modules';

/** A path inside the repository, with forward slashes, or null for a file outside it. */
function repoPath(file) {
	const path = relative(root, file).split(sep).join('/');
	return path.startsWith('..') ? null : path;
}

/** Where an import points: a file path in the repository, or the package name. */
function target(specifier, file) {
	if (specifier.startsWith('$lib/') || specifier === '$lib') return { path: 'src/lib' + specifier.slice(4) };
	if (specifier.startsWith('.')) return { path: repoPath(resolve(dirname(file), specifier)) };
	if (specifier.startsWith('$')) return {};
	return { pkg: specifier };
}

const withoutExtension = (path) => path.replace(/\.(ts|js)$/, '');
const moduleOf = (path) => path?.match(/^src\/lib\/server\/modules\/([^/]+)\//)?.[1] ?? null;

/** The problem with importing `specifier` from `file`, as a message id, or null. */
export function boundaryProblem(file, specifier) {
	const from = repoPath(file);
	if (!from) return null;
	const to = target(specifier, file);
	const toPath = to.path ? withoutExtension(to.path) : null;
	const isModules = toPath === MODULES || toPath?.startsWith(MODULES + '/');

	if (from.startsWith('src/lib/server/core/') && isModules) return 'coreImportsModule';

	const own = moduleOf(from);
	if (own && isModules) {
		if (toPath === MODULES || toPath === MODULES + '/index') return 'moduleImportsList';
		const other = moduleOf(toPath + '/');
		if (other === own) return null;
		const rest = toPath.slice(MODULES.length + 1 + other.length);
		if (rest !== '' && rest !== '/index') return 'deepModuleImport';
	}

	// Tests beside a route may prepare rows directly; the route itself stays thin.
	if (from.startsWith('src/routes/') && !/\.test\.ts$/.test(from)) {
		if (to.pkg === 'drizzle-orm' || to.pkg?.startsWith('drizzle-orm/')) return 'routeImportsOrm';
		if (toPath && /(^|\/)schema$/.test(toPath)) return 'routeImportsSchema';
	}
	return null;
}

const boundaries = {
	meta: {
		type: 'problem',
		docs: { description: 'Core, modules and routes import each other only where the layout allows' },
		schema: [],
		messages: {
			coreImportsModule: 'Core never imports a module: let the module register itself through its manifest.',
			moduleImportsList: 'A module does not import the list of installed modules.',
			deepModuleImport: "Another module is imported only through its index.ts ('$lib/server/modules/<name>').",
			routeImportsOrm: 'Routes do not use drizzle-orm: call a use case or a read function of the module or core.',
			routeImportsSchema: 'Routes do not import tables: call a use case or a read function of the module or core.'
		}
	},
	create(context) {
		const check = (source) => {
			if (typeof source?.value !== 'string') return;
			const messageId = boundaryProblem(context.filename, source.value);
			if (messageId) context.report({ node: source, messageId });
		};
		return {
			ImportDeclaration: (node) => check(node.source),
			ExportNamedDeclaration: (node) => check(node.source),
			ExportAllDeclaration: (node) => check(node.source),
			ImportExpression: (node) => check(node.source)
		};
	}
};

export default { meta: { name: 'gemeinwerk' }, rules: { boundaries } };
