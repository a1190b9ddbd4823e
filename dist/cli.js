#!/usr/bin/env node
import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num3 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num3))
        return isNaN(num3) ? ".nan" : num3 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d2 = minFractionDigits - (n.length - i - 1);
        while (d2-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num3 = Number(node.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num3 = Number(node.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str.substr(1) : prefix2 + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num3 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num3(60) + num3(p), num3(0));
      return sign === "-" ? num3(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num3 = (n) => n;
      if (typeof value === "bigint")
        num3 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num3(-1);
      }
      const _60 = num3(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d2 = parseSexagesimal(tz, false);
          if (Math.abs(d2) < 30)
            d2 *= 60;
          date -= 6e4 * d2;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli/main.ts
import { existsSync, mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/errors.ts
var InputError = class extends Error {
  constructor(file, place, detail) {
    super(place ? `${file}:${place}: ${detail}` : `${file}: ${detail}`);
    this.file = file;
    this.place = place;
    this.detail = detail;
    this.name = "InputError";
  }
  file;
  place;
  detail;
};
function lineColumn(text, offset) {
  let line = 1;
  let lastBreak = -1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: end - lastBreak };
}

// src/artifacts/structured.ts
var import_yaml = __toESM(require_dist(), 1);

// src/artifacts/json.ts
function parseJsonLenient(path, text) {
  let pos = text.charCodeAt(0) === 65279 ? 1 : 0;
  let sawNonFinite = false;
  const fail = (msg, at = pos) => {
    const { line, column } = lineColumn(text, at);
    throw new InputError(path, `line ${line}, column ${column}`, msg);
  };
  const ws = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const literal = (word, v2) => {
    if (text.startsWith(word, pos)) {
      pos += word.length;
      return v2;
    }
    return fail(`unexpected ${describe(text, pos)}`);
  };
  const str = () => {
    const start = pos;
    pos++;
    let out = "";
    let chunk = pos;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunk, pos);
        pos++;
        return out;
      }
      if (c === 92) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1];
        const map = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
        if (e === "u") {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("invalid \\u escape");
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else if (e !== void 0 && map[e] !== void 0) {
          out += map[e];
          pos += 2;
        } else fail("invalid escape in string");
        chunk = pos;
        continue;
      }
      if (c < 32) fail("control character in string");
      pos++;
    }
    return fail("unterminated string", start);
  };
  const num3 = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 64));
    if (!m) {
      if (text.startsWith("-Infinity", pos)) {
        pos += 9;
        sawNonFinite = true;
        return -Infinity;
      }
      return fail(`unexpected ${describe(text, pos)}`);
    }
    pos += m[0].length;
    return Number(m[0]);
  };
  const value = (depth) => {
    if (depth > 512) fail("nesting too deep");
    ws();
    const c = text[pos];
    if (c === void 0) return fail("unexpected end of input");
    if (c === "{") {
      pos++;
      const obj = {};
      ws();
      if (text[pos] === "}") {
        pos++;
        return obj;
      }
      for (; ; ) {
        ws();
        if (text[pos] !== '"') fail(`expected a property name in double quotes, found ${describe(text, pos)}`);
        const k = str();
        ws();
        if (text[pos] !== ":") fail(`expected ':' after property name, found ${describe(text, pos)}`);
        pos++;
        obj[k] = value(depth + 1);
        ws();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "}") {
          pos++;
          return obj;
        }
        return fail(`expected ',' or '}', found ${describe(text, pos)}`);
      }
    }
    if (c === "[") {
      pos++;
      const arr = [];
      ws();
      if (text[pos] === "]") {
        pos++;
        return arr;
      }
      for (; ; ) {
        arr.push(value(depth + 1));
        ws();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "]") {
          pos++;
          return arr;
        }
        return fail(`expected ',' or ']', found ${describe(text, pos)}`);
      }
    }
    if (c === '"') return str();
    if (c === "t") return literal("true", true);
    if (c === "f") return literal("false", false);
    if (c === "n") return literal("null", null);
    if (c === "N") {
      sawNonFinite = true;
      return literal("NaN", NaN);
    }
    if (c === "I") {
      sawNonFinite = true;
      return literal("Infinity", Infinity);
    }
    return num3();
  };
  const v = value(0);
  ws();
  if (pos < text.length) fail(`unexpected ${describe(text, pos)} after the JSON value`);
  return { value: v, sawNonFinite };
}
function describe(text, pos) {
  if (pos >= text.length) return "end of input";
  const ch = text[pos];
  return `'${ch === "\n" ? "\\n" : ch}'`;
}

// src/artifacts/structured.ts
function parseStructured(path, text) {
  if (/\.json$/i.test(path)) return parseJsonLenient(path, text).value;
  return parseYaml(path, text);
}
function parseYaml(path, text) {
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const lp = err.linePos?.[0];
    const place = lp ? `line ${lp.line}, column ${lp.col}` : null;
    const msg = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new InputError(path, place, `invalid YAML: ${msg}`);
  }
  return doc.toJS({ maxAliasCount: 1e3 });
}
function flattenMetrics(path, doc) {
  const values = {};
  const nonFinite = [];
  walk(doc, "", (key, v) => {
    if (typeof v === "number") {
      values[key] = v;
      if (!Number.isFinite(v)) nonFinite.push(key);
    }
  });
  return { path, values, nonFinite };
}
function flattenParams(path, doc) {
  const values = {};
  walk(doc, "", (key, v) => {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") values[key] = v;
    else if (Array.isArray(v)) values[key] = JSON.stringify(v);
    else if (v instanceof Date) values[key] = v.toISOString();
  });
  return { path, values };
}
function walk(v, prefix2, leaf) {
  if (v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
    for (const [k, child] of Object.entries(v)) walk(child, prefix2 ? `${prefix2}.${k}` : k, leaf);
    return;
  }
  if (prefix2) leaf(prefix2, v);
}

// src/config/config.ts
var DEFAULT_CONFIG = {
  artifacts: "artifacts/",
  baseline: { from: "auto" },
  eval: [],
  metrics: {},
  gate: { failOn: "critical" },
  llm: { provider: "none" },
  analysis: { seed: 20261125, resamples: 1e3, minSupport: 30, alpha: 0.05 }
};
function parseConfig(file, text) {
  const doc = parseYaml(file, text);
  if (doc === null || doc === void 0) return DEFAULT_CONFIG;
  return validateConfig(file, doc);
}
function validateConfig(file, doc) {
  const v = new Validator(file);
  const root = v.object(doc, "");
  v.onlyKeys(root, "", ["artifacts", "baseline", "eval", "metrics", "gate", "llm", "analysis"]);
  const baselineRaw = root["baseline"];
  let baseline = DEFAULT_CONFIG.baseline;
  if (baselineRaw !== void 0) {
    const b = v.object(baselineRaw, "baseline");
    v.onlyKeys(b, "baseline", ["from", "name", "ref", "path"]);
    baseline = {
      from: v.oneOf(b["from"] ?? "auto", "baseline.from", ["auto", "artifact", "git", "path"]),
      ...optional("name", v.optString(b["name"], "baseline.name")),
      ...optional("ref", v.optString(b["ref"], "baseline.ref")),
      ...optional("path", v.optString(b["path"], "baseline.path"))
    };
    if (baseline.from === "path" && !baseline.path) v.fail("baseline.path", "is required when baseline.from is 'path'");
  }
  const evalRaw = root["eval"] ?? [];
  if (!Array.isArray(evalRaw)) v.fail("eval", "must be a list of tables");
  const evals = evalRaw.map((e, i) => {
    const k = `eval[${i}]`;
    const o = v.object(e, k);
    v.onlyKeys(o, k, ["path", "label", "pred", "prediction", "score", "id", "weight", "task", "positive", "segments", "protected"]);
    const path = v.optString(o["path"], `${k}.path`);
    if (!path) v.fail(`${k}.path`, "is required");
    const task = o["task"] === void 0 ? void 0 : v.oneOf(o["task"], `${k}.task`, ["classification", "regression"]);
    const t = {
      path,
      ...optional("label", v.optString(o["label"], `${k}.label`)),
      ...optional("pred", v.optString(o["pred"] ?? o["prediction"], `${k}.pred`)),
      ...optional("score", v.optString(o["score"], `${k}.score`)),
      ...optional("id", v.optString(o["id"], `${k}.id`)),
      ...optional("weight", v.optString(o["weight"], `${k}.weight`)),
      ...optional("task", task),
      ...optional("positive", o["positive"] === void 0 ? void 0 : String(v.scalar(o["positive"], `${k}.positive`))),
      ...optional("segments", v.optStringList(o["segments"], `${k}.segments`)),
      ...optional("protected", v.optStringList(o["protected"], `${k}.protected`))
    };
    return t;
  });
  const metrics = {};
  if (root["metrics"] !== void 0) {
    const m = v.object(root["metrics"], "metrics");
    for (const [name, ruleRaw] of Object.entries(m)) {
      const k = `metrics.${name}`;
      const r = v.object(ruleRaw, k);
      v.onlyKeys(r, k, ["direction", "tolerance", "relative"]);
      metrics[name] = {
        ...optional("direction", r["direction"] === void 0 ? void 0 : v.oneOf(r["direction"], `${k}.direction`, ["higher", "lower"])),
        ...optional("tolerance", v.optNumber(r["tolerance"], `${k}.tolerance`, 0)),
        ...optional("relative", v.optBool(r["relative"], `${k}.relative`))
      };
    }
  }
  let gate = DEFAULT_CONFIG.gate;
  if (root["gate"] !== void 0) {
    const g = v.object(root["gate"], "gate");
    v.onlyKeys(g, "gate", ["fail-on"]);
    gate = { failOn: v.oneOf(g["fail-on"] ?? "critical", "gate.fail-on", ["critical", "major", "any", "never"]) };
  }
  let llm = DEFAULT_CONFIG.llm;
  if (root["llm"] !== void 0) {
    const l = v.object(root["llm"], "llm");
    v.onlyKeys(l, "llm", ["provider", "model", "base-url"]);
    llm = {
      provider: v.oneOf(l["provider"] ?? "none", "llm.provider", ["none", "openai", "github-models", "compatible"]),
      ...optional("model", v.optString(l["model"], "llm.model")),
      ...optional("baseUrl", v.optString(l["base-url"], "llm.base-url"))
    };
  }
  let analysis = DEFAULT_CONFIG.analysis;
  if (root["analysis"] !== void 0) {
    const a = v.object(root["analysis"], "analysis");
    v.onlyKeys(a, "analysis", ["seed", "resamples", "min-support", "alpha"]);
    analysis = {
      seed: v.optInt(a["seed"], "analysis.seed", 0) ?? analysis.seed,
      resamples: v.optInt(a["resamples"], "analysis.resamples", 100) ?? analysis.resamples,
      minSupport: v.optInt(a["min-support"], "analysis.min-support", 2) ?? analysis.minSupport,
      alpha: v.optNumber(a["alpha"], "analysis.alpha", 1e-6, 0.5) ?? analysis.alpha
    };
  }
  return {
    artifacts: v.optString(root["artifacts"], "artifacts") ?? DEFAULT_CONFIG.artifacts,
    baseline,
    eval: evals,
    metrics,
    gate,
    llm,
    analysis
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
var Validator = class {
  constructor(file) {
    this.file = file;
  }
  file;
  fail(key, msg) {
    throw new InputError(this.file, `key '${key || "(root)"}'`, msg);
  }
  object(v, key) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) this.fail(key, `must be a mapping, got ${typeName(v)}`);
    return v;
  }
  onlyKeys(o, key, allowed) {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) {
        this.fail(key ? `${key}.${k}` : k, `unknown key; expected one of: ${allowed.join(", ")}`);
      }
    }
  }
  oneOf(v, key, allowed) {
    if (typeof v !== "string" || !allowed.includes(v)) {
      this.fail(key, `invalid value ${JSON.stringify(v)}; expected one of: ${allowed.join(", ")}`);
    }
    return v;
  }
  optString(v, key) {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "string") this.fail(key, `must be a string, got ${typeName(v)}`);
    return v;
  }
  scalar(v, key) {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    return this.fail(key, `must be a string, number or boolean, got ${typeName(v)}`);
  }
  optStringList(v, key) {
    if (v === void 0 || v === null) return void 0;
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) this.fail(key, "must be a list of column names");
    return v;
  }
  optNumber(v, key, min = -Infinity, max = Infinity) {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "number" || !Number.isFinite(v)) this.fail(key, `must be a number, got ${typeName(v)}`);
    const n = v;
    if (n < min || n > max) this.fail(key, `must be between ${min} and ${max}, got ${n}`);
    return n;
  }
  optInt(v, key, min) {
    const n = this.optNumber(v, key, min);
    if (n !== void 0 && !Number.isInteger(n)) this.fail(key, `must be an integer, got ${n}`);
    return n;
  }
  optBool(v, key) {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "boolean") this.fail(key, `must be true or false, got ${typeName(v)}`);
    return v;
  }
};
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "a mapping" : `${typeof v} ${JSON.stringify(v)}`;
}

// src/artifacts/source.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "ml-doctor-report", "__pycache__", ".venv"]);
var MAX_FILES = 2e4;
function localDirSource(dir, kind = "path", ref = dir) {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new InputError(dir, null, "directory does not exist");
  }
  if (!st.isDirectory()) throw new InputError(dir, null, "is not a directory");
  return {
    kind,
    ref,
    list() {
      const out = [];
      const walk2 = (d2) => {
        for (const e of readdirSync(d2, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
          if (out.length >= MAX_FILES) return;
          if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name)) walk2(join(d2, e.name));
          } else if (e.isFile()) out.push(relative(dir, join(d2, e.name)).split("\\").join("/"));
        }
      };
      walk2(dir);
      return out;
    },
    read(relPath) {
      return readFileSync(join(dir, relPath), "utf8");
    }
  };
}

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- ml-doctor:report -->";
var ICON = { critical: "\u{1F534}", major: "\u{1F7E0}", minor: "\u{1F7E1}", info: "\u26AA" };
var VERDICT = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail" };
function fmt(v, digits = 4) {
  if (v === null || v === void 0) return "\u2014";
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "\u221E" : "\u2212\u221E";
  if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4)) return v.toExponential(2);
  return String(Number(v.toFixed(digits)));
}
function signed(v, digits = 4) {
  if (v === null) return "\u2014";
  return (v > 0 ? "+" : "") + fmt(v, digits);
}
function esc(s) {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function findingBlock(f, full) {
  const lines = [];
  lines.push(`### ${ICON[f.severity]} ${f.id} \xB7 ${f.title}`);
  const tags = [`\`${f.category}\``, f.severity, f.area];
  if (f.feature) tags.push(`feature \`${f.feature}\``);
  if (f.segment) tags.push(`segment \`${f.segment.column}${f.segment.value !== void 0 ? `=${f.segment.value}` : ""}\``);
  if (f.explainedBy) tags.push(`explained by ${f.explainedBy}`);
  lines.push(tags.join(" \xB7 "));
  lines.push("");
  if (f.evidence.length > 0) {
    lines.push("**Evidence**");
    for (const e of f.evidence.slice(0, full ? 8 : 3)) lines.push(`- ${e.text}`);
    lines.push("");
  }
  lines.push(`**Root cause.** ${f.rootCause}`);
  lines.push("");
  lines.push(`**Fix.** ${f.fix}`);
  if (full) {
    lines.push("");
    lines.push(`**Verify.** ${f.verification}`);
    lines.push("");
    lines.push(`**Prevent.** ${f.prevention}`);
  }
  lines.push("");
  return lines.join("\n");
}
function renderMarkdown(report, opts = {}) {
  const max = opts.maxChars ?? Infinity;
  const levels = [
    { metricRows: 40, segmentRows: 15, paramRows: 30, fullFindings: 99, findingsShown: 99 },
    { metricRows: 15, segmentRows: 8, paramRows: 10, fullFindings: 5, findingsShown: 30 },
    { metricRows: 8, segmentRows: 5, paramRows: 5, fullFindings: 2, findingsShown: 10 },
    { metricRows: 0, segmentRows: 0, paramRows: 0, fullFindings: 1, findingsShown: 5 }
  ];
  let out = "";
  for (const lvl of levels) {
    out = render(report, lvl, lvl !== levels[0] ? opts.fullReportUrl : void 0);
    if (out.length <= max) return out;
  }
  return out.slice(0, Math.max(0, max - 200)) + `

\u2026report truncated${opts.fullReportUrl ? `; full report: ${opts.fullReportUrl}` : ""}
`;
}
function render(report, lvl, truncatedUrl) {
  const L = [COMMENT_MARKER];
  L.push(`## ml-doctor: ${VERDICT[report.verdict]}`);
  L.push("");
  L.push(report.summary);
  L.push("");
  const c = report.characterization;
  if (c && c.phase !== "none") {
    L.push(`**Problem.** ${c.symptom} \xB7 phase: ${c.phase} \xB7 kind: ${c.kind} \xB7 severity: ${c.severity}`);
    L.push("");
  }
  const shown = report.findings.slice(0, lvl.findingsShown);
  if (shown.length > 0) {
    L.push("## Findings");
    L.push("");
    shown.forEach((f, i) => L.push(findingBlock(f, i < lvl.fullFindings)));
    if (report.findings.length > shown.length) L.push(`\u2026and ${report.findings.length - shown.length} more findings in report.json.
`);
  } else {
    L.push("No findings: nothing moved beyond noise.");
    L.push("");
  }
  if (c && c.hypotheses.length > 0 && lvl.metricRows > 0) {
    L.push("<details><summary>Hypotheses considered</summary>");
    L.push("");
    for (const h of c.hypotheses) L.push(`- **${h.category}** \u2014 ${h.status.replace("_", " ")}: ${h.evidence}`);
    L.push("");
    L.push("</details>");
    L.push("");
  }
  const metrics = report.metrics.filter((m) => m.status !== "unchanged" || m.significant);
  if (metrics.length > 0 && lvl.metricRows > 0) {
    L.push("<details><summary>Metrics</summary>");
    L.push("");
    L.push("| metric | baseline | current | \u0394 | 95% CI | status |");
    L.push("|---|---:|---:|---:|---|---|");
    for (const m of metrics.slice(0, lvl.metricRows)) {
      const ci = m.ci ? `[${signed(m.ci[0])}, ${signed(m.ci[1])}]${m.significant ? " *" : ""}` : "";
      L.push(`| ${esc(m.name)} | ${fmt(m.baseline)} | ${fmt(m.current)} | ${signed(m.delta)} | ${ci} | ${m.status} |`);
    }
    if (metrics.length > lvl.metricRows) L.push(`
\u2026${metrics.length - lvl.metricRows} more in report.json.`);
    L.push("");
    L.push("</details>");
    L.push("");
  }
  const segs = report.segments.filter((s) => s.significant);
  if (segs.length > 0 && lvl.segmentRows > 0) {
    L.push("<details><summary>Segments that moved (Benjamini\u2013Hochberg q < 0.05)</summary>");
    L.push("");
    L.push("| table | segment | n | metric | baseline | current | \u0394 | 95% CI |");
    L.push("|---|---|---:|---|---:|---:|---:|---|");
    for (const s of segs.slice(0, lvl.segmentRows)) {
      L.push(`| ${esc(s.table)} | ${esc(s.column)}=${esc(s.value)} | ${s.n} | ${s.metric} | ${fmt(s.baseline)} | ${fmt(s.current)} | ${signed(s.delta)} | [${signed(s.ci[0])}, ${signed(s.ci[1])}] |`);
    }
    L.push("");
    L.push("</details>");
    L.push("");
  }
  if (report.params.length > 0 && lvl.paramRows > 0) {
    L.push("<details><summary>Changed parameters</summary>");
    L.push("");
    L.push("| key | baseline | current |");
    L.push("|---|---|---|");
    for (const p of report.params.slice(0, lvl.paramRows)) L.push(`| ${esc(p.key)} | ${esc(String(p.baseline))} | ${esc(String(p.current))} |`);
    L.push("");
    L.push("</details>");
    L.push("");
  }
  if (truncatedUrl) L.push(`Shortened to fit a comment; the full report: ${truncatedUrl}
`);
  L.push(`<sub>ml-doctor ${report.tool.version} \xB7 baseline: ${esc(report.baseline.source)} \xB7 deterministic engine (no LLM decided this verdict)</sub>`);
  return L.join("\n") + "\n";
}

// src/artifacts/column-builder.ts
var MISSING_TOKENS = /* @__PURE__ */ new Set(["", "NA", "N/A", "null", "NULL", "None"]);
var NUMBER_TOKENS = {
  NaN: NaN,
  nan: NaN,
  inf: Infinity,
  "+inf": Infinity,
  "-inf": -Infinity,
  Infinity: Infinity,
  "+Infinity": Infinity,
  "-Infinity": -Infinity,
  INF: Infinity,
  "-INF": -Infinity
};
function parseNumberCell(s) {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46) {
    const v = Number(s);
    if (!Number.isNaN(v) && s.trim() === s) return v;
  }
  const t = NUMBER_TOKENS[s];
  return t;
}
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
function fastDecimal(text, start, end) {
  let i = start;
  let neg = false;
  if (i < end && text.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  if (i >= end) return void 0;
  let mant = 0;
  let digits = 0;
  let frac = 0;
  let seenDot = false;
  let any = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      any = true;
      if (mant !== 0 || c !== 48) digits++;
      if (digits > 15) return void 0;
      mant = mant * 10 + (c - 48);
      if (seenDot) frac++;
    } else if (c === 46 && !seenDot) {
      seenDot = true;
    } else return void 0;
  }
  if (!any || frac > 22) return void 0;
  const v = frac === 0 ? mant : mant / POW10[frac];
  return neg ? -v : v;
}
var ColumnBuilder = class {
  /** `capacity`: expected row count (the CSV reader counts lines first), so columns rarely grow. */
  constructor(name, capacity = 1024) {
    this.name = name;
    this.values = new Float64Array(Math.max(16, capacity));
    this.missing = new Uint8Array(Math.max(16, capacity));
  }
  name;
  values;
  missing;
  n = 0;
  numeric = true;
  // String mode state (entered at the first non-numeric cell).
  codes = null;
  dict = [];
  index = /* @__PURE__ */ new Map();
  /**
   * Pushes the cell text[start, end) without slicing when it is a plain decimal number — the
   * common case in eval tables, and where a CSV parse spends its time.
   */
  pushRange(text, start, end) {
    if (this.numeric) {
      const v = fastDecimal(text, start, end);
      if (v !== void 0) {
        const i = this.n++;
        if (i >= this.values.length) this.grow();
        this.values[i] = v;
        return;
      }
    }
    this.push(text.slice(start, end));
  }
  push(raw) {
    const i = this.n++;
    if (this.numeric) {
      if (i >= this.values.length) this.grow();
      if (MISSING_TOKENS.has(raw)) {
        this.values[i] = NaN;
        this.missing[i] = 1;
        return;
      }
      const v = parseNumberCell(raw);
      if (v !== void 0) {
        this.values[i] = v;
        return;
      }
      this.toStringMode(i);
    }
    const codes = this.ensureCodes(i);
    if (MISSING_TOKENS.has(raw)) {
      codes[i] = -1;
      return;
    }
    let code = this.index.get(raw);
    if (code === void 0) {
      code = this.dict.length;
      this.dict.push(raw);
      this.index.set(raw, code);
    }
    codes[i] = code;
  }
  /** Pushes a JSON value (JSONL reader): numbers stay numbers, booleans become 'true'/'false'. */
  pushValue(v) {
    if (v === null || v === void 0) this.push("");
    else if (typeof v === "number") this.push(Number.isFinite(v) ? String(v) : Number.isNaN(v) ? "NaN" : v > 0 ? "inf" : "-inf");
    else if (typeof v === "string") this.push(v === "" ? "" : v);
    else if (typeof v === "boolean") this.push(v ? "true" : "false");
    else this.push(JSON.stringify(v));
  }
  finish() {
    const n = this.n;
    if (this.numeric) {
      return { kind: "number", name: this.name, values: this.values.subarray(0, n), missing: this.missing.subarray(0, n) };
    }
    return { kind: "string", name: this.name, codes: this.codes.subarray(0, n), dict: this.dict };
  }
  grow() {
    const v = new Float64Array(this.values.length * 2);
    v.set(this.values);
    this.values = v;
    const m = new Uint8Array(this.missing.length * 2);
    m.set(this.missing);
    this.missing = m;
  }
  ensureCodes(i) {
    let codes = this.codes;
    if (i >= codes.length) {
      const c = new Int32Array(codes.length * 2);
      c.set(codes);
      codes = this.codes = c;
    }
    return codes;
  }
  // Numbers seen so far are re-encoded as their text: a mixed column (e.g. "1", "2", "A") is categorical.
  toStringMode(upTo) {
    this.numeric = false;
    this.codes = new Int32Array(Math.max(1024, this.values.length));
    for (let j = 0; j < upTo; j++) {
      if (this.missing[j]) {
        this.codes[j] = -1;
        continue;
      }
      const text = String(this.values[j]);
      let code = this.index.get(text);
      if (code === void 0) {
        code = this.dict.length;
        this.dict.push(text);
        this.index.set(text, code);
      }
      this.codes[j] = code;
    }
  }
};

// src/artifacts/csv.ts
var QUOTE = 34;
var COMMA = 44;
var LF = 10;
var CR = 13;
function parseCsv(path, text) {
  let pos = text.charCodeAt(0) === 65279 ? 1 : 0;
  const len = text.length;
  if (text.trim().length === 0) throw new InputError(path, null, "empty CSV file: no header row");
  let line = 1;
  const readField = () => {
    if (text.charCodeAt(pos) === QUOTE) {
      pos++;
      let out = "";
      let start2 = pos;
      for (; ; ) {
        if (pos >= len) throw new InputError(path, `line ${line}`, "unterminated quoted field");
        const c = text.charCodeAt(pos);
        if (c === QUOTE) {
          if (text.charCodeAt(pos + 1) === QUOTE) {
            out += text.slice(start2, pos + 1);
            pos += 2;
            start2 = pos;
            continue;
          }
          out += text.slice(start2, pos);
          pos++;
          return out;
        }
        if (c === LF) line++;
        pos++;
      }
    }
    const start = pos;
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (c === COMMA || c === LF || c === CR) break;
      pos++;
    }
    return text.slice(start, pos);
  };
  const header = [];
  for (; ; ) {
    header.push(readField().trim());
    const c = text.charCodeAt(pos);
    if (c === COMMA) {
      pos++;
      continue;
    }
    break;
  }
  if (text.charCodeAt(pos) === CR) pos++;
  if (text.charCodeAt(pos) === LF) pos++;
  line++;
  const nCols = header.length;
  const seen = /* @__PURE__ */ new Set();
  header.forEach((h, i) => {
    if (h === "") throw new InputError(path, `line 1, column ${i + 1}`, "empty column name in header");
    if (seen.has(h)) throw new InputError(path, `line 1, column ${i + 1}`, `duplicate column name '${h}'`);
    seen.add(h);
  });
  let expected = 0;
  for (let i = text.indexOf("\n", pos); i >= 0; i = text.indexOf("\n", i + 1)) expected++;
  const builders = header.map((h) => new ColumnBuilder(h, expected + 1));
  let rows = 0;
  let p = pos;
  while (p < len) {
    const c0 = text.charCodeAt(p);
    if (c0 === LF || c0 === CR) {
      p++;
      if (c0 === CR && text.charCodeAt(p) === LF) p++;
      line++;
      continue;
    }
    const rowLine = line;
    let col = 0;
    for (; ; ) {
      if (col >= nCols) throw new InputError(path, `line ${rowLine}`, `row has more than the header's ${nCols} fields`);
      const b = builders[col];
      if (text.charCodeAt(p) === QUOTE) {
        pos = p;
        b.push(readField());
        p = pos;
      } else {
        const start = p;
        while (p < len) {
          const c = text.charCodeAt(p);
          if (c === COMMA || c === LF || c === CR) break;
          p++;
        }
        b.pushRange(text, start, p);
      }
      col++;
      if (text.charCodeAt(p) === COMMA) {
        p++;
        continue;
      }
      break;
    }
    if (col !== nCols) throw new InputError(path, `line ${rowLine}`, `row has ${col} fields, header has ${nCols}`);
    if (text.charCodeAt(p) === CR) p++;
    if (text.charCodeAt(p) === LF) p++;
    line++;
    rows++;
  }
  if (rows === 0) throw new InputError(path, null, "CSV has a header but no data rows");
  return { path, nRows: rows, columns: builders.map((b) => b.finish()) };
}

// src/artifacts/discover.ts
var PARAMS = /* @__PURE__ */ new Set(["params.yaml", "params.yml", "params.json", "config.yaml", "config.yml", "config.json", "hparams.yaml", "hparams.json"]);
var TRAINLOG_EXACT = /* @__PURE__ */ new Set(["train_log.csv", "train_log.jsonl", "history.csv", "history.jsonl", "metrics.jsonl"]);
function classify(relPath) {
  const p = relPath.replace(/\\/g, "/");
  const lower = p.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  const dirs = lower.split("/").slice(0, -1);
  if (TRAINLOG_EXACT.has(base) || /^log.*\.csv$/.test(base) || /_log\.jsonl$/.test(base)) return "trainlog";
  if (base === "metrics.json" || base === "metrics.yaml" || base === "metrics.yml" || /metrics.*\.json$/.test(base)) return "metrics";
  if (PARAMS.has(base)) return "params";
  const table = /\.(csv|jsonl|parquet)$/.test(base);
  if (table && (dirs.includes("eval") || /^predictions.*\.(csv|jsonl|parquet)$/.test(base))) return "eval";
  if (table && dirs.includes("data") && !base.endsWith(".jsonl")) return "reference";
  return null;
}
function discover(paths) {
  const out = [];
  for (const p of paths) {
    const kind = classify(p);
    if (kind) out.push({ kind, path: p.replace(/\\/g, "/") });
  }
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/artifacts/jsonl.ts
function parseJsonl(path, text) {
  const lines = text.split(/\r?\n/);
  const builders = /* @__PURE__ */ new Map();
  const order = [];
  let rows = 0;
  lines.forEach((raw, idx) => {
    if (raw.trim() === "") return;
    let obj;
    try {
      obj = parseJsonLenient(path, raw).value;
    } catch (e) {
      const detail = e instanceof InputError ? e.detail : String(e);
      const col = e instanceof InputError && e.place ? e.place.replace(/^line \d+, /, "") : "";
      throw new InputError(path, `line ${idx + 1}${col ? `, ${col}` : ""}`, detail);
    }
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
      throw new InputError(path, `line ${idx + 1}`, "expected a JSON object per line");
    }
    const rec = obj;
    for (const key of Object.keys(rec)) {
      if (!builders.has(key)) {
        const b = new ColumnBuilder(key);
        for (let r = 0; r < rows; r++) b.push("");
        builders.set(key, b);
        order.push(key);
      }
    }
    for (const key of order) builders.get(key).pushValue(rec[key]);
    rows++;
  });
  if (rows === 0) throw new InputError(path, null, "empty JSONL file: no records");
  return { path, nRows: rows, columns: order.map((k) => builders.get(k).finish()) };
}

// src/artifacts/table.ts
function findColumnCI(table, name) {
  const lower = name.toLowerCase();
  return table.columns.find((c) => c.name.toLowerCase() === lower);
}
function cellText(col, i) {
  if (col.kind === "string") {
    const code = col.codes[i];
    return code < 0 ? "" : col.dict[code];
  }
  if (col.missing[i]) return "";
  return formatNumber(col.values[i]);
}
function formatNumber(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  return String(v);
}
function distinctCount(col, limit = Infinity) {
  if (col.kind === "string") {
    const seen = new Uint8Array(col.dict.length);
    let n = 0;
    for (let i = 0; i < col.codes.length; i++) {
      const c = col.codes[i];
      if (c >= 0 && !seen[c]) {
        seen[c] = 1;
        if (++n > limit) return n;
      }
    }
    return n;
  }
  const s = /* @__PURE__ */ new Set();
  for (let i = 0; i < col.values.length; i++) {
    if (col.missing[i]) continue;
    s.add(col.values[i]);
    if (s.size > limit) return s.size;
  }
  return s.size;
}

// src/artifacts/roles.ts
var LABEL = ["label", "y_true", "target", "y", "actual", "ground_truth"];
var PRED = ["pred", "prediction", "y_pred", "predicted", "predicted_label"];
var SCORE = ["score", "prob", "proba", "probability", "y_score", "y_prob"];
var ID = ["id", "row_id", "example_id", "uid"];
var WEIGHT = ["weight", "sample_weight"];
var PROB_PREFIX = /^(prob|proba|score)_(.+)$/i;
var PROTECTED = /^(sex|gender|race|ethnicity|age|age_group|religion|nationality|disability)$/i;
var POSITIVE_NAMES = ["1", "1.0", "true", "yes", "y", "positive", "pos"];
function pick(table, names, override, what) {
  if (override) {
    const c = findColumnCI(table, override);
    if (!c) throw new InputError(table.path, `column '${override}'`, `configured ${what} column not found`);
    return c;
  }
  for (const n of names) {
    const c = findColumnCI(table, n);
    if (c) return c;
  }
  return void 0;
}
function numericOf(table, col, what) {
  if (col.kind !== "number") throw new InputError(table.path, `column '${col.name}'`, `${what} column must be numeric`);
  return col.values;
}
function isContinuous(col) {
  for (let i = 0; i < col.values.length; i++) {
    const v = col.values[i];
    if (Number.isFinite(v) && !Number.isInteger(v)) return true;
  }
  return false;
}
function sortClasses(names) {
  const allNum = names.every((n) => n !== "" && Number.isFinite(Number(n)));
  return allNum ? names.sort((a, b) => Number(a) - Number(b)) : names.sort();
}
function buildEvalView(table, cfg) {
  const label = pick(table, LABEL, cfg?.label, "label");
  if (!label) {
    throw new InputError(table.path, "header", `no label column; expected one of: ${LABEL.join(", ")} (or set eval[].label in the config)`);
  }
  const predCol = pick(table, PRED, cfg?.pred, "prediction");
  const scoreCol = pick(table, SCORE, cfg?.score, "score");
  const idCol = pick(table, ID, cfg?.id, "id");
  const weightCol = pick(table, WEIGHT, cfg?.weight, "weight");
  const probCols = table.columns.map((c) => ({ c, m: PROB_PREFIX.exec(c.name) })).filter((x) => x.m !== null && x.c !== scoreCol);
  let task;
  const nLabel = distinctCount(label, 51);
  if (cfg?.task === "regression") task = "regression";
  else if (cfg?.task === "classification") task = nLabel <= 2 && probCols.length === 0 ? "binary" : "multiclass";
  else if (label.kind === "number" && (nLabel > 50 || isContinuous(label))) task = "regression";
  else task = nLabel <= 2 && probCols.length <= 2 ? "binary" : "multiclass";
  const n = table.nRows;
  const roleCols = /* @__PURE__ */ new Set([label]);
  for (const c of [predCol, scoreCol, idCol, weightCol]) if (c) roleCols.add(c);
  for (const p of probCols) roleCols.add(p.c);
  let classes = [];
  let yTrue;
  let yPred = null;
  let score = null;
  let probs = null;
  if (task === "regression") {
    yTrue = numericOf(table, label, "regression label");
    if (predCol) yPred = numericOf(table, predCol, "prediction");
  } else {
    const classSet = /* @__PURE__ */ new Set();
    for (let i = 0; i < n; i++) {
      const t = cellText(label, i);
      if (t !== "") classSet.add(t);
    }
    for (const p of probCols) classSet.add(p.m[2]);
    classes = sortClasses([...classSet]);
    if (task === "binary") {
      if (scoreCol) score = numericOf(table, scoreCol, "score");
      else if (probCols.length === 2) {
        const pos2 = choosePositive(classes, cfg?.positive, null, label, n);
        const pc = probCols.find((p) => p.m[2] === pos2);
        if (pc) score = numericOf(table, pc.c, "probability");
      }
      if (classes.length === 1) classes.push(classes[0] === "1" ? "0" : "1");
      const pos = choosePositive(classes, cfg?.positive, score, label, n);
      classes = [classes.find((c) => c !== pos) ?? "", pos];
    }
    const index = new Map(classes.map((c, i) => [c, i]));
    yTrue = encode(label, index, n);
    if (task === "multiclass" && probCols.length > 0) {
      probs = classes.map((c) => {
        const pc = probCols.find((p) => p.m[2] === c);
        return pc ? numericOf(table, pc.c, "probability") : new Float64Array(n);
      });
    }
    if (predCol) {
      yPred = encodePred(predCol, index, classes, n);
    } else if (score) {
      yPred = new Float64Array(n);
      for (let i = 0; i < n; i++) yPred[i] = Number.isNaN(score[i]) ? NaN : score[i] >= 0.5 ? 1 : 0;
    } else if (probs) {
      yPred = argmax(probs, n);
    }
  }
  const features = table.columns.filter((c) => !roleCols.has(c));
  const segmentColumns = cfg?.segments ? cfg.segments.map((s) => {
    const c = findColumnCI(table, s);
    if (!c) throw new InputError(table.path, `column '${s}'`, "configured segment column not found");
    return c.name;
  }) : features.filter((c) => c.kind === "string" && isSegmentLike(c)).map((c) => c.name);
  const protectedColumns = cfg?.protected ? cfg.protected.map((s) => {
    const c = findColumnCI(table, s);
    if (!c) throw new InputError(table.path, `column '${s}'`, "configured protected column not found");
    return c.name;
  }) : features.filter((c) => PROTECTED.test(c.name)).map((c) => c.name);
  return {
    path: table.path,
    table,
    task,
    n,
    classes,
    labelColumn: label.name,
    yTrue,
    predColumn: predCol?.name ?? null,
    yPred,
    scoreColumn: scoreCol?.name ?? null,
    score,
    probs,
    idColumn: idCol?.name ?? null,
    ids: idCol ? Array.from({ length: n }, (_, i) => cellText(idCol, i)) : null,
    weight: weightCol ? numericOf(table, weightCol, "weight") : null,
    features,
    segmentColumns,
    protectedColumns
  };
}
function isSegmentLike(c) {
  const d2 = distinctCount(c, 51);
  return d2 >= 2 && d2 <= 50;
}
function choosePositive(classes, configured, score, label, n) {
  if (configured !== void 0) {
    if (!classes.includes(configured)) classes.push(configured);
    return configured;
  }
  for (const name of POSITIVE_NAMES) {
    const hit = classes.find((c) => c.toLowerCase() === name);
    if (hit) return hit;
  }
  if (score && classes.length === 2) {
    const sums = [0, 0];
    const counts = [0, 0];
    for (let i = 0; i < n; i++) {
      const k = classes.indexOf(cellText(label, i));
      const s = score[i];
      if (k >= 0 && Number.isFinite(s)) {
        sums[k] += s;
        counts[k]++;
      }
    }
    const m0 = sums[0] / Math.max(1, counts[0]);
    const m1 = sums[1] / Math.max(1, counts[1]);
    return m0 > m1 ? classes[0] : classes[1];
  }
  return classes[classes.length - 1];
}
function encode(col, index, n) {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = index.get(cellText(col, i));
    out[i] = k === void 0 ? NaN : k;
  }
  return out;
}
function encodePred(col, index, classes, n) {
  const out = encode(col, index, n);
  if (classes.length === 2 && !index.has("1") && col.kind === "number") {
    for (let i = 0; i < n; i++) {
      const v = col.values[i];
      if (Number.isNaN(out[i]) && (v === 0 || v === 1)) out[i] = v;
    }
  }
  return out;
}
function argmax(probs, n) {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let k = NaN;
    for (let c = 0; c < probs.length; c++) {
      const p = probs[c][i];
      if (p > best) {
        best = p;
        k = c;
      }
    }
    out[i] = k;
  }
  return out;
}
var X_NAMES = ["epoch", "step"];
var TRAIN_LOSS = ["train_loss", "loss"];
var VAL_LOSS = ["val_loss", "valid_loss", "eval_loss"];
var LR = ["lr", "learning_rate"];
var GRAD = ["grad_norm"];
function buildTrainLog(table) {
  const num3 = (names) => {
    for (const nm of names) {
      const c = findColumnCI(table, nm);
      if (c && c.kind === "number") return c;
    }
    return void 0;
  };
  const xCol = num3(X_NAMES);
  const roles = [xCol, num3(TRAIN_LOSS), num3(VAL_LOSS), num3(LR), num3(GRAD)];
  const used = new Set(roles.filter((c) => c !== void 0));
  const series = {};
  for (const c of table.columns) if (c.kind === "number" && !used.has(c)) series[c.name] = c.values;
  const x = xCol ? xCol.values : Float64Array.from({ length: table.nRows }, (_, i) => i + 1);
  return {
    path: table.path,
    xName: xCol ? xCol.name : "row",
    x,
    trainLoss: roles[1]?.values ?? null,
    valLoss: roles[2]?.values ?? null,
    lr: roles[3]?.values ?? null,
    gradNorm: roles[4]?.values ?? null,
    series
  };
}

// src/artifacts/load.ts
function parseTable(path, text) {
  if (/\.csv$/i.test(path)) return parseCsv(path, text);
  if (/\.jsonl$/i.test(path)) return parseJsonl(path, text);
  throw new InputError(path, null, "Parquet tables are not supported yet; write CSV or JSONL");
}
function loadRun(source, config) {
  const files = discover(source.list());
  const metrics = [];
  const params = [];
  const evals = [];
  const trainLogs = [];
  const reference = [];
  const problems = [];
  const guard = (path, fn) => {
    try {
      fn();
    } catch (e) {
      const where2 = `${source.ref.replace(/\/+$/, "")}/${path}`;
      if (e instanceof InputError) problems.push({ file: where2, message: `${where2}${e.place ? `:${e.place}` : ""}: ${e.detail}` });
      else problems.push({ file: where2, message: `${where2}: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
  const configured = /* @__PURE__ */ new Map();
  for (const e of config.eval) configured.set(e.path.replace(/^\.\//, "").toLowerCase(), e);
  const all = source.list();
  const evalPaths = new Set(files.filter((f) => f.kind === "eval").map((f) => f.path));
  for (const e of config.eval) {
    const hit = all.find((p) => p.toLowerCase() === e.path.replace(/^\.\//, "").toLowerCase());
    if (hit) evalPaths.add(hit);
    else problems.push({ file: e.path, message: `${e.path}: configured eval table not found in ${source.ref}` });
  }
  for (const f of files) {
    if (f.kind === "metrics") guard(f.path, () => metrics.push(flattenMetrics(f.path, parseStructured(f.path, source.read(f.path)))));
    else if (f.kind === "params") guard(f.path, () => params.push(flattenParams(f.path, parseStructured(f.path, source.read(f.path)))));
    else if (f.kind === "trainlog") guard(f.path, () => trainLogs.push(buildTrainLog(parseTable(f.path, source.read(f.path)))));
    else if (f.kind === "reference") guard(f.path, () => reference.push(parseTable(f.path, source.read(f.path))));
  }
  for (const p of [...evalPaths].sort()) {
    guard(p, () => evals.push(buildEvalView(parseTable(p, source.read(p)), configured.get(p.toLowerCase()))));
  }
  return { dir: source.ref, metrics, params, evals, trainLogs, reference, problems };
}

// src/analysis/compare/metrics-diff.ts
var LOWER = ["loss", "error", "err", "rmse", "mse", "mae", "mape", "latency", "perplexity", "ppl", "ece", "mce", "brier", "wer", "cer", "time", "duration", "memory", "fpr", "fnr"];
var HIGHER = ["accuracy", "acc", "f1", "auc", "roc_auc", "precision", "recall", "r2", "map", "ndcg", "bleu", "rouge", "iou", "dice", "average_precision", "ap", "tpr", "specificity", "sensitivity", "mcc", "kappa", "top1", "top5", "hit", "mrr", "exact_match", "em", "throughput"];
function inferDirection(name) {
  const tokens = name.toLowerCase().split(/[._\-/\s@]+/).filter(Boolean);
  const leaf = name.toLowerCase().split(".").pop() ?? "";
  if (HIGHER.includes(leaf)) return "higher";
  if (LOWER.includes(leaf) || leaf === "mean_error") return "lower";
  if (tokens.some((t) => LOWER.includes(t))) return "lower";
  if (tokens.some((t) => HIGHER.includes(t))) return "higher";
  return null;
}
function ruleFor(name, rules) {
  if (rules[name]) return rules[name];
  const leaf = name.split(".").pop();
  return rules[leaf];
}
function diffMetrics(base, cur, rules) {
  const flat = (files) => {
    const out = /* @__PURE__ */ new Map();
    const nonFinite = /* @__PURE__ */ new Set();
    for (const f of files) {
      const prefix2 = files.length > 1 ? `${f.path.replace(/\.(json|ya?ml)$/i, "")}:` : "";
      for (const [k, v] of Object.entries(f.values)) out.set(prefix2 + k, v);
      for (const k of f.nonFinite) nonFinite.add(prefix2 + k);
    }
    return { out, nonFinite };
  };
  const b = flat(base);
  const c = flat(cur);
  const names = [.../* @__PURE__ */ new Set([...b.out.keys(), ...c.out.keys()])];
  return names.map((name) => {
    const rule = ruleFor(name, rules);
    const inferred = inferDirection(name);
    const direction = rule?.direction ?? inferred ?? "higher";
    const bv = b.out.get(name);
    const cv = c.out.get(name);
    const nonFinite = b.nonFinite.has(name) || c.nonFinite.has(name);
    let status;
    let delta = null;
    if (bv === void 0) status = "new";
    else if (cv === void 0) status = "removed";
    else {
      delta = cv - bv;
      const tol = rule?.tolerance ?? 0;
      const limit = rule?.relative ? tol * Math.abs(bv) : tol;
      if (!Number.isFinite(delta)) status = Number.isNaN(cv) || (direction === "higher" ? cv === -Infinity : cv === Infinity) ? "regressed" : delta === 0 || Number.isNaN(delta) ? "unchanged" : "improved";
      else if (Math.abs(delta) <= limit) status = "unchanged";
      else status = direction === "higher" === delta > 0 ? "improved" : "regressed";
    }
    return {
      name,
      baseline: bv ?? null,
      current: cv ?? null,
      delta,
      direction,
      status,
      directionKnown: rule?.direction !== void 0 || inferred !== null,
      nonFinite
    };
  });
}

// src/analysis/compare/params-diff.ts
function diffParams(base, cur) {
  const merge = (files) => {
    const m = /* @__PURE__ */ new Map();
    for (const f of files) {
      const prefix2 = files.length > 1 ? `${f.path.replace(/\.(json|ya?ml)$/i, "")}:` : "";
      for (const [k, v] of Object.entries(f.values)) m.set(prefix2 + k, v);
    }
    return m;
  };
  const b = merge(base);
  const c = merge(cur);
  const keys = [.../* @__PURE__ */ new Set([...b.keys(), ...c.keys()])].sort();
  const out = [];
  for (const key of keys) {
    const bv = b.has(key) ? b.get(key) : null;
    const cv = c.has(key) ? c.get(key) : null;
    if (bv !== cv && !(typeof bv === "number" && typeof cv === "number" && Number.isNaN(bv) && Number.isNaN(cv))) {
      out.push({ key, baseline: bv, current: cv });
    }
  }
  return out;
}

// src/analysis/prior-adjusted.ts
var BINS = 10;
var EPS = 1e-4;
function priorWeights(base, cur) {
  const k = Math.max(base.classes.length, cur.classes.length);
  if (k === 0) return null;
  const cb = new Float64Array(k);
  const cc = new Float64Array(k);
  let nb = 0;
  let nc = 0;
  const curIndex = new Map(cur.classes.map((c, i) => [c, i]));
  const baseToCur = base.classes.map((c) => curIndex.get(c) ?? -1);
  for (let i = 0; i < base.n; i++) {
    const y = base.yTrue[i];
    if (Number.isNaN(y) || baseToCur[y] < 0) continue;
    cb[baseToCur[y]]++;
    nb++;
  }
  for (let i = 0; i < cur.n; i++) {
    const y = cur.yTrue[i];
    if (Number.isNaN(y)) continue;
    cc[y]++;
    nc++;
  }
  if (nb === 0 || nc === 0) return null;
  const w = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    if (cb[c] === 0) {
      if (cc[c] > 0) return null;
      continue;
    }
    w[c] = cc[c] / nc / (cb[c] / nb);
  }
  return w;
}
function binOf(col, i, edges, dictMap, curDict) {
  if (col.kind === "number") {
    const v = col.values[i];
    if (Number.isNaN(v)) return BINS;
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (v < edges[mid]) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  const code = col.codes[i];
  if (code < 0) return -1;
  const name = (curDict ?? col.dict)[code];
  return dictMap.get(name) ?? -1;
}
function priorAdjustedPsi(base, cur, feature, weights) {
  const bc = base.features.find((c) => c.name === feature);
  const cc = cur.features.find((c) => c.name === feature);
  if (!bc || !cc || bc.kind !== cc.kind) return null;
  const curIndex = new Map(cur.classes.map((c, i) => [c, i]));
  const baseToCur = base.classes.map((c) => curIndex.get(c) ?? -1);
  let edges = null;
  let dictMap = null;
  let nBins;
  if (bc.kind === "number") {
    const vals = bc.values.filter((v) => !Number.isNaN(v)).sort();
    if (vals.length === 0) return null;
    const e = [];
    for (let q = 1; q < BINS; q++) {
      const v = vals[Math.floor(q * vals.length / BINS)];
      if (e.length === 0 || v > e[e.length - 1]) e.push(v);
    }
    edges = Float64Array.from(e);
    nBins = BINS + 1;
  } else {
    dictMap = /* @__PURE__ */ new Map();
    for (const name of [...bc.dict, ...cc.kind === "string" ? cc.dict : []]) if (!dictMap.has(name)) dictMap.set(name, dictMap.size);
    nBins = dictMap.size;
  }
  const pb = new Float64Array(nBins);
  const pc = new Float64Array(nBins);
  let wb = 0;
  let wc = 0;
  for (let i = 0; i < base.n; i++) {
    const y = base.yTrue[i];
    if (Number.isNaN(y) || baseToCur[y] < 0) continue;
    const b = binOf(bc, i, edges, dictMap, null);
    if (b < 0) continue;
    const w = weights[baseToCur[y]];
    pb[b] += w;
    wb += w;
  }
  for (let i = 0; i < cur.n; i++) {
    const b = binOf(cc, i, edges, dictMap, cc.kind === "string" ? cc.dict : null);
    if (b < 0) continue;
    pc[b]++;
    wc++;
  }
  if (wb === 0 || wc === 0) return null;
  let psi2 = 0;
  for (let b = 0; b < nBins; b++) {
    const x = pb[b] / wb + EPS;
    const z = pc[b] / wc + EPS;
    psi2 += (z - x) * Math.log(z / x);
  }
  return psi2;
}
function annotatePriorAdjusted(signals, base, cur) {
  const hasLabelShift = signals.some((s) => s.category === "label_shift" && s.significant && s.details["comparison"] !== "reference");
  if (!base || cur.task === "regression" || !hasLabelShift) return [...signals];
  const w = priorWeights(base, cur);
  if (!w) return [...signals];
  return signals.map((s) => {
    if (s.category !== "feature_drift" || !s.feature || s.segment || s.details["comparison"] !== "eval") return s;
    const adj = priorAdjustedPsi(base, cur, s.feature, w);
    if (adj === null) return s;
    return { ...s, details: { ...s.details, prior_adjusted_psi: Number(adj.toPrecision(6)) } };
  });
}

// src/analysis/training/draft.ts
var NOT_DETECTED = (details = {}) => ({
  detected: false,
  raw: 0,
  significant: false,
  title: "",
  metric: null,
  evidence: [],
  details
});
function primaryLoss(s) {
  if (s.trainLoss && s.trainLoss.finite >= 3) return { name: "train_loss", s: s.trainLoss };
  if (s.valLoss && s.valLoss.finite >= 3) return { name: "val_loss", s: s.valLoss };
  return null;
}
function stillFalling(s, z = 2) {
  if (!s || !s.tail || s.endLevel === null) return false;
  const drop = -s.tail.change;
  return drop > 0 && drop > z * s.tail.changeSe && drop >= 5e-3 * Math.abs(s.endLevel);
}
function stillRising(s, z = 2) {
  if (!s || !s.tail || s.endLevel === null) return false;
  const rise = s.tail.change;
  return rise > 0 && rise > z * s.tail.changeSe && rise >= 5e-3 * Math.abs(s.endLevel);
}

// src/analysis/training/series.ts
function finitePoints(x, y) {
  const keep = [];
  for (let i = 0; i < y.length; i++) if (Number.isFinite(y[i]) && Number.isFinite(x[i])) keep.push(i);
  return {
    x: Float64Array.from(keep, (i) => x[i]),
    y: Float64Array.from(keep, (i) => y[i]),
    rows: Int32Array.from(keep)
  };
}
function quantile(values, q) {
  if (values.length === 0) return NaN;
  const a = Float64Array.from(values).sort();
  const pos = (a.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return a[lo] + (a[hi] - a[lo]) * (pos - lo);
}
function median(values) {
  return quantile(values, 0.5);
}
function levelWindow(n) {
  return Math.min(n, Math.max(3, Math.ceil(0.1 * n)));
}
function levelSe(sigma, window) {
  return sigma === null || window === 0 ? 0 : sigma * Math.sqrt(Math.PI / (2 * window));
}
function tailWindow(n) {
  return Math.min(n, Math.max(3, Math.ceil(0.2 * n)));
}
var THEIL_SEN_MAX_POINTS = 400;
function theilSen(x, y) {
  const n = x.length;
  if (n < 3) return null;
  const pick2 = [];
  if (n <= THEIL_SEN_MAX_POINTS) for (let i = 0; i < n; i++) pick2.push(i);
  else for (let k = 0; k < THEIL_SEN_MAX_POINTS; k++) pick2.push(Math.round(k * (n - 1) / (THEIL_SEN_MAX_POINTS - 1)));
  const slopes = [];
  for (let a = 0; a < pick2.length; a++) {
    for (let b = a + 1; b < pick2.length; b++) {
      const dx = x[pick2[b]] - x[pick2[a]];
      if (dx !== 0) slopes.push((y[pick2[b]] - y[pick2[a]]) / dx);
    }
  }
  return slopes.length === 0 ? null : median(slopes);
}
function noiseSigma(y) {
  const part = y.length >= 20 ? y.subarray(Math.floor(y.length / 2)) : y;
  if (part.length < 4) return null;
  const d2 = [];
  for (let i = 1; i < part.length - 1; i++) d2.push(Math.abs(part[i + 1] - 2 * part[i] + part[i - 1]));
  return 1.4826 * median(d2) / Math.sqrt(6);
}
function tailTrend(p, sigma) {
  if (p.y.length < 5) return null;
  const m = tailWindow(p.y.length);
  const x = p.x.subarray(p.x.length - m);
  const y = p.y.subarray(p.y.length - m);
  const slope = theilSen(x, y);
  if (slope === null) return null;
  const span = x[m - 1] - x[0];
  let mean2 = 0;
  for (const v of x) mean2 += v / m;
  let sxx = 0;
  for (const v of x) sxx += (v - mean2) ** 2;
  const changeSe = sigma !== null && sxx > 0 ? sigma * span / Math.sqrt(sxx) : 0;
  return { slope, change: slope * span, changeSe, fromX: x[0], toX: x[m - 1] };
}
var SPIKE_K = 3;
var SPIKE_WINDOW = 5;
function findSpikes(p, scale) {
  const out = [];
  for (let i = 3; i < p.y.length; i++) {
    const med = median(p.y.subarray(Math.max(0, i - SPIKE_WINDOW), i));
    const jump = p.y[i] - med;
    if (jump > 0 && jump > (SPIKE_K - 1) * Math.abs(med)) {
      out.push({ x: p.x[i], value: p.y[i], median: med, height: jump / scale });
    }
  }
  return out;
}
function oscillation(p, scale) {
  const n = p.y.length;
  if (n < 7) return null;
  const up = [];
  let flips = 0;
  let pairs = 0;
  let prev = 0;
  for (let i = 1; i < n; i++) {
    const d2 = p.y[i] - p.y[i - 1];
    up.push(Math.max(0, d2) / scale);
    const s = Math.sign(d2);
    if (s !== 0 && prev !== 0) {
      pairs++;
      if (s !== prev) flips++;
    }
    if (s !== 0) prev = s;
  }
  return { signChangeRate: pairs === 0 ? 0 : flips / pairs, upMove75: quantile(up, 0.75) };
}
function seriesScale(y) {
  const start = y.length ? Math.abs(median(y.subarray(0, 3))) : 0;
  if (start > 0) return start;
  let m = 0;
  for (const v of y) m = Math.max(m, Math.abs(v));
  return m > 0 ? m : 1;
}

// src/analysis/training/strength.ts
function logRamp(effect, minorAt, majorAt) {
  if (!(effect > 0)) return 0;
  const s = 0.25 + 0.25 * Math.log(effect / minorAt) / Math.log(majorAt / minorAt);
  return clamp01(s);
}
function clamp01(v) {
  return Math.min(1, Math.max(0, v));
}
var NO_BASELINE_FACTOR = 0.7;
var SYMPTOM_FACTOR = 0.9;
function rowReliability(rows) {
  return clamp01((rows - 3) / 7);
}
var CONFIG_CHANGE_PRIMARY_FACTOR = 0.8;
var CONFIG_CHANGE_CONTEXT_FACTOR = 0.6;
function round6(v) {
  if (v === null || !Number.isFinite(v)) return null;
  return Number(v.toPrecision(6));
}
function fmt2(v) {
  if (v === null || Number.isNaN(v)) return "n/a";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return v.toExponential(2).replace(/\.?0+e/, "e");
  return Number(v.toPrecision(3)).toString();
}
function pct(v) {
  return `${v >= 0 ? "+" : ""}${fmt2(v * 100)}%`;
}

// src/analysis/training/instability.ts
var NON_FINITE_END = 0.9;
var NON_FINITE_RECOVERED = 0.6;
var NON_FINITE_GRAD_ONLY = 0.4;
var DIVERGENCE_MINOR = 0.5;
var DIVERGENCE_MAJOR = 2;
var DIVERGENCE_MATERIAL = 0.1;
var SPIKE_MINOR = 0.25;
var SPIKE_MAJOR = 1;
var EXPLODE_MINOR = 5;
var EXPLODE_MAJOR = 30;
var VANISH_MINOR = 1e3;
var VANISH_MAJOR = 1e5;
function assessInstability(ctx) {
  const comps = [];
  const nf = nonFiniteComponent(ctx);
  if (nf) comps.push(nf);
  const div = divergenceComponent(ctx);
  if (div) comps.push(div);
  const sp = spikeComponent(ctx);
  if (sp) comps.push(sp);
  const ex = explodingComponent(ctx);
  if (ex) comps.push(ex);
  const va = vanishingComponent(ctx);
  if (va) comps.push(va);
  const endsBroken = Boolean(ctx.cur.trainLoss?.endsNonFinite || ctx.cur.valLoss?.endsNonFinite);
  const diverged = div !== null || nf !== null && endsBroken;
  const strengthOf = (name) => round6(comps.find((c) => c.name === name)?.raw ?? 0);
  const details = {
    non_finite_strength: strengthOf("non_finite"),
    divergence_strength: strengthOf("divergence"),
    spike_strength: strengthOf("spikes"),
    exploding_gradient_strength: strengthOf("exploding_gradients"),
    vanishing_gradient_strength: strengthOf("vanishing_gradients"),
    spike_k: SPIKE_K,
    spike_window: SPIKE_WINDOW,
    train_loss_non_finite: ctx.cur.trainLoss?.nonFinite ?? null,
    val_loss_non_finite: ctx.cur.valLoss?.nonFinite ?? null,
    grad_norm_max: round6(ctx.cur.gradNorm?.max ?? null),
    base_grad_norm_max: round6(ctx.base?.gradNorm?.max ?? null),
    rows: ctx.cur.rows,
    base_rows: ctx.base?.rows ?? null
  };
  if (comps.length === 0) return { ...NOT_DETECTED(details), diverged: false, nonFiniteLoss: false };
  const ordered = [...comps].sort((a, b) => b.raw - a.raw);
  const top = ordered[0];
  return {
    detected: true,
    raw: top.raw,
    significant: ordered.some((c) => c.significant),
    title: top.title,
    metric: top.metric,
    evidence: ordered.flatMap((c) => c.evidence),
    details: { ...details, main_component: top.name, components: ordered.map((c) => c.name).join(",") },
    diverged,
    nonFiniteLoss: nf !== null && nf.metric !== "grad_norm"
  };
}
function lossNonFinite(s) {
  return (s.trainLoss?.nonFinite ?? 0) + (s.valLoss?.nonFinite ?? 0);
}
function expectedAtBaseRate(baseCount, base, cur) {
  if (!base || base.rows === 0) return 0;
  return baseCount * cur.rows / base.rows;
}
function nonFiniteComponent(ctx) {
  const { cur, base } = ctx;
  const lossNf = lossNonFinite(cur);
  const lossExpected = base ? expectedAtBaseRate(lossNonFinite(base), base, cur) : 0;
  if (lossNf > lossExpected + 0.5) {
    const ends = Boolean(cur.trainLoss?.endsNonFinite || cur.valLoss?.endsNonFinite);
    const worst = (cur.trainLoss?.nonFinite ?? 0) >= (cur.valLoss?.nonFinite ?? 0) ? "train_loss" : "val_loss";
    const s = worst === "train_loss" ? cur.trainLoss : cur.valLoss;
    const baseText = base ? ` (baseline: ${lossNonFinite(base)} of ${base.rows})` : "";
    const text = `${worst} is NaN/inf in ${s.nonFinite} of ${cur.rows} rows, first at ${cur.xName} ${fmt2(s.firstNonFiniteX)}${ends ? ", and the run ends non-finite" : ""}${baseText}`;
    return {
      name: "non_finite",
      raw: ends ? NON_FINITE_END : NON_FINITE_RECOVERED,
      significant: true,
      title: `${worst} became NaN/inf at ${cur.xName} ${fmt2(s.firstNonFiniteX)} (${s.nonFinite} of ${cur.rows} rows)`,
      metric: worst,
      evidence: [{ text, value: s.nonFinite }]
    };
  }
  const gradNf = cur.nonFinite.grad_norm ?? 0;
  const gradExpected = base ? expectedAtBaseRate(base.nonFinite.grad_norm ?? 0, base, cur) : 0;
  if (gradNf > gradExpected + 0.5) {
    return {
      name: "non_finite",
      raw: NON_FINITE_GRAD_ONLY,
      significant: true,
      title: `grad_norm is NaN/inf in ${gradNf} of ${cur.rows} rows while the losses stay finite`,
      metric: "grad_norm",
      evidence: [{ text: `grad_norm is NaN/inf in ${gradNf} of ${cur.rows} rows (gradient overflow, likely skipped steps)`, value: gradNf }]
    };
  }
  return null;
}
function divergenceRatio(s) {
  if (s.best === null || s.endLevel === null) return null;
  if (s.best > 0) return s.endLevel / s.best - 1;
  return (s.endLevel - s.best) / s.scale;
}
function divergenceComponent(ctx) {
  const p = primaryLoss(ctx.cur);
  if (!p) return null;
  const s = p.s;
  const d2 = divergenceRatio(s);
  if (d2 === null || s.endLevel === null || s.best === null) return null;
  const baseSeries = ctx.base ? p.name === "train_loss" ? ctx.base.trainLoss : ctx.base.valLoss : null;
  const dBase = baseSeries ? divergenceRatio(baseSeries) : null;
  const excess = dBase !== null && dBase > 0 ? (1 + d2) / (1 + dBase) - 1 : d2;
  const material = s.endLevel - s.best >= DIVERGENCE_MATERIAL * s.scale;
  if (!(excess >= DIVERGENCE_MINOR) || !material) return null;
  const ratio = s.best > 0 ? s.endLevel / s.best : null;
  const orders = s.endLevel > 0 && s.first !== null && s.first > 0 ? Math.log10(s.endLevel / s.scale) : null;
  const growth = ratio !== null ? `${fmt2(ratio)}\xD7 its best` : `${fmt2(s.endLevel - s.best)} above its best`;
  const evidence = [
    {
      text: `${p.name} ends at ${fmt2(s.endLevel)} (median of the last ${s.levelWindow} rows; last ${fmt2(s.final)}) vs its best ${fmt2(s.best)} at ${ctx.cur.xName} ${fmt2(s.bestX)}: ${growth}`,
      value: round6(s.endLevel) ?? void 0
    }
  ];
  if (orders !== null && orders >= 1) {
    evidence.push({ text: `${p.name} grew ${fmt2(orders)} orders of magnitude from its initial ${fmt2(s.scale)}`, value: round6(orders) ?? void 0 });
  }
  if (dBase !== null && baseSeries?.best != null) {
    evidence.push({ text: `baseline ${p.name} ends ${fmt2(1 + dBase)}\xD7 its best (${fmt2(baseSeries.endLevel)} vs ${fmt2(baseSeries.best)})`, value: round6(1 + dBase) ?? void 0 });
  }
  const other = p.name === "train_loss" ? ctx.cur.valLoss : null;
  const dOther = other ? divergenceRatio(other) : null;
  if (other && dOther !== null && dOther >= DIVERGENCE_MINOR) {
    evidence.push({ text: `val_loss ends at ${fmt2(other.endLevel)} vs its best ${fmt2(other.best)} as well`, value: round6(other.endLevel) ?? void 0 });
  }
  return {
    name: "divergence",
    raw: logRamp(excess, DIVERGENCE_MINOR, DIVERGENCE_MAJOR),
    significant: true,
    title: orders !== null && orders >= 1 ? `${p.name} diverged: ${fmt2(s.endLevel)} at the end vs best ${fmt2(s.best)} (${fmt2(orders)} orders of magnitude above its initial value)` : `${p.name} diverged: ends ${growth} (${fmt2(s.endLevel)} vs ${fmt2(s.best)})`,
    metric: p.name,
    evidence
  };
}
function spikeComponent(ctx) {
  let best = null;
  for (const name of ["train_loss", "val_loss"]) {
    const s = name === "train_loss" ? ctx.cur.trainLoss : ctx.cur.valLoss;
    if (!s || s.spikes.length === 0) continue;
    const b = ctx.base ? name === "train_loss" ? ctx.base.trainLoss : ctx.base.valLoss : null;
    const expected = b && b.finite > 0 ? b.spikes.length * s.finite / b.finite : 0;
    const excess = s.spikes.length - expected;
    const height = Math.max(...s.spikes.map((k) => k.height));
    const baseHeight = b && b.spikes.length > 0 ? Math.max(...b.spikes.map((k) => k.height)) : 0;
    if (excess < 1 || height <= 1.5 * baseHeight) continue;
    if (!best || height > best.height) best = { name, spikes: s.spikes, excess, height };
  }
  if (!best) return null;
  const raw = logRamp(best.height, SPIKE_MINOR, SPIKE_MAJOR) * ctx.reliability;
  if (!(raw > 0) || best.height < SPIKE_MINOR) return null;
  const top = [...best.spikes].sort((a, b) => b.height - a.height)[0];
  const xName = ctx.cur.xName;
  const where2 = best.spikes.slice(0, 8).map((k) => fmt2(k.x)).join(", ");
  return {
    name: "spikes",
    raw,
    significant: best.excess >= 2 || best.height >= SPIKE_MAJOR,
    title: `${best.spikes.length} ${best.name} spike${best.spikes.length > 1 ? "s" : ""} above ${SPIKE_K}\xD7 the rolling median (largest ${fmt2(top.value)} vs ${fmt2(top.median)} at ${xName} ${fmt2(top.x)})`,
    metric: best.name,
    evidence: [
      {
        text: `${best.name} jumped above ${SPIKE_K}\xD7 the median of the previous ${SPIKE_WINDOW} rows at ${xName} ${where2}${best.spikes.length > 8 ? ", \u2026" : ""}; largest jump ${fmt2(top.height)}\xD7 its initial value`,
        value: best.spikes.length
      }
    ]
  };
}
function explodingComponent(ctx) {
  const g = ctx.cur.gradNorm;
  if (!g) return null;
  const b = ctx.base?.gradNorm ?? null;
  let ratio;
  let reference;
  let factor = 1;
  if (b) {
    const endRatio = b.endLevel > 0 ? g.endLevel / b.endLevel : 0;
    const maxRatio = b.max > 0 ? g.max / b.max : 0;
    ratio = Math.max(endRatio, maxRatio);
    reference = `the baseline's (end ${fmt2(b.endLevel)}, max ${fmt2(b.max)})`;
  } else {
    if (!(g.early > 0)) return null;
    ratio = g.max / g.early;
    reference = `its own early level ${fmt2(g.early)}`;
    if (ctx.base) factor = NO_BASELINE_FACTOR;
  }
  if (!(ratio >= EXPLODE_MINOR)) return null;
  return {
    name: "exploding_gradients",
    raw: logRamp(ratio, EXPLODE_MINOR, EXPLODE_MAJOR) * factor,
    significant: true,
    title: `grad_norm exploded: ${fmt2(ratio)}\xD7 ${b ? "the baseline's" : "its early level"} (max ${fmt2(g.max)}, end ${fmt2(g.endLevel)})`,
    metric: "grad_norm",
    evidence: [{ text: `grad_norm reaches ${fmt2(g.max)} (end level ${fmt2(g.endLevel)}), ${fmt2(ratio)}\xD7 ${reference}`, value: round6(ratio) ?? void 0 }]
  };
}
function vanishingComponent(ctx) {
  const g = ctx.cur.gradNorm;
  const train = primaryLoss(ctx.cur);
  if (!g || !train || !(g.early > 0) || g.endLevel < 0) return null;
  const drop = g.endLevel > 0 ? g.early / g.endLevel : Infinity;
  if (!(drop >= VANISH_MINOR)) return null;
  const b = ctx.base?.gradNorm ?? null;
  if (b && !(g.endLevel <= 0.01 * b.endLevel)) return null;
  const s = train.s;
  const baseS = ctx.base ? train.name === "train_loss" ? ctx.base.trainLoss : ctx.base.valLoss : null;
  const stuck = baseS?.endLevel != null && s.endLevel !== null ? s.endLevel > 1.05 * baseS.endLevel : s.endLevel !== null && s.startLevel !== null && s.endLevel >= 0.9 * s.startLevel;
  if (!stuck) return null;
  return {
    name: "vanishing_gradients",
    raw: logRamp(Number.isFinite(drop) ? drop : VANISH_MAJOR * 10, VANISH_MINOR, VANISH_MAJOR),
    significant: true,
    title: `grad_norm vanished: ${fmt2(g.endLevel)} at the end vs ${fmt2(g.early)} early, while ${train.name} stays at ${fmt2(s.endLevel)}`,
    metric: "grad_norm",
    evidence: [
      {
        text: `grad_norm fell from ${fmt2(g.early)} to ${fmt2(g.endLevel)}${b ? ` (baseline ends at ${fmt2(b.endLevel)})` : ""} while ${train.name} stayed at ${fmt2(s.endLevel)}`,
        value: round6(g.endLevel) ?? void 0
      }
    ]
  };
}

// src/analysis/training/params.ts
var ROLE_PATTERNS = [
  ["learning_rate", /^(lr|learning_?rate|eta|step_?size)$/],
  [
    "epochs",
    /^((n|num|max)_?)?epochs?$|^(n_estimators|num_boost_round|num_rounds|n_iter|max_iter|max_steps|num_train_steps|train_steps|iterations|num_iterations)$/
  ],
  ["regularization", /^(weight_?decay|wd|l1|l2|l2_reg|l2_lambda|reg_lambda|reg_alpha|lambda_l1|lambda_l2|lambda|alpha_l2)$/],
  ["dropout", /dropout|^drop_?rate$/],
  ["early_stopping", /^(early_?stop\w*|patience|restore_best\w*|n_iter_no_change|early_stopping_rounds)$/],
  ["batch_size", /^(batch_?size|train_batch_size|per_device_train_batch_size|batch)$/],
  ["grad_clip", /^(grad_?clip\w*|clip_grad\w*|max_grad_norm|clip_?norm|clip_?value|gradient_clip_val)$/]
];
function paramRole(key) {
  const path = key.includes(":") ? key.slice(key.lastIndexOf(":") + 1) : key;
  const last = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  for (const [role, re] of ROLE_PATTERNS) if (re.test(last)) return role;
  if (/(^|\.)early_?stop/i.test(path)) return "early_stopping";
  return null;
}
function toNumber(v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return null;
}
function isActive(v) {
  if (v === null || v === false) return false;
  if (typeof v === "number") return v !== 0 && !Number.isNaN(v);
  if (typeof v === "string") return !/^(|none|null|off|false|no|0)$/i.test(v.trim());
  return true;
}
function directionOf(baseline, current) {
  const b = toNumber(baseline);
  const c = toNumber(current);
  if (isActive(baseline) && !isActive(current)) return "removed";
  if (!isActive(baseline) && isActive(current)) return "added";
  if (b !== null && c !== null && b !== c) return c > b ? "up" : "down";
  return "changed";
}
function classifyParams(changes) {
  const out = [];
  for (const ch of changes) {
    if (ch.baseline === ch.current) continue;
    const role = paramRole(ch.key);
    if (role === null) continue;
    const b = toNumber(ch.baseline);
    const c = toNumber(ch.current);
    out.push({
      key: ch.key,
      role,
      baseline: ch.baseline,
      current: ch.current,
      ratio: b !== null && c !== null && b > 0 && c > 0 ? c / b : null,
      direction: directionOf(ch.baseline, ch.current)
    });
  }
  return out.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
function learningRateChange(params) {
  let best = null;
  const weight = (p) => p.ratio === null ? -1 : Math.abs(Math.log(p.ratio));
  for (const p of params) if (p.role === "learning_rate" && (best === null || weight(p) > weight(best))) best = p;
  return best;
}
function isPatience(key) {
  return /patience|n_iter_no_change|rounds/i.test(key.slice(key.lastIndexOf(".") + 1));
}
function supportsOverfitting(p) {
  switch (p.role) {
    case "regularization":
    case "dropout":
      return p.direction === "down" || p.direction === "removed";
    case "epochs":
      return p.direction === "up";
    case "early_stopping":
      return p.direction === "removed" || isPatience(p.key) && p.direction === "up";
    default:
      return false;
  }
}
function supportsUnderfitting(p) {
  switch (p.role) {
    case "regularization":
    case "dropout":
      return p.direction === "up" || p.direction === "added";
    case "epochs":
      return p.direction === "down";
    case "early_stopping":
      return p.direction === "added" || isPatience(p.key) && p.direction === "down";
    default:
      return false;
  }
}
function supportsInstability(p) {
  switch (p.role) {
    case "learning_rate":
      return p.direction === "up" || p.direction === "added";
    case "batch_size":
      return p.direction === "down";
    case "grad_clip":
      return p.direction === "removed" || p.direction === "up";
    default:
      return false;
  }
}
var CONTEXT_ROLES = {
  overfitting: ["regularization", "dropout", "epochs", "early_stopping", "batch_size"],
  underfitting: ["regularization", "dropout", "epochs", "early_stopping", "batch_size", "learning_rate"],
  training_instability: ["learning_rate", "batch_size", "grad_clip"],
  learning_rate: ["learning_rate", "batch_size", "epochs"]
};
function formatScalar(v) {
  if (v === null) return "null";
  if (typeof v === "string") return JSON.stringify(v);
  return String(v);
}
function describeChange(p) {
  const tail = p.ratio !== null ? ` (${formatRatio(p.ratio)})` : p.direction === "changed" ? "" : ` (${p.direction})`;
  return `${p.key} ${formatScalar(p.baseline)} \u2192 ${formatScalar(p.current)}${tail}`;
}
function formatRatio(r) {
  if (r >= 1) return `${trimNumber(r)}\xD7`;
  return `1/${trimNumber(1 / r)}\xD7`;
}
function trimNumber(v) {
  return Number(v.toPrecision(3)).toString();
}

// src/analysis/training/underfitting.ts
var LEVEL_MINOR = 0.05;
var LEVEL_MAJOR = 0.2;
var LEVEL_TOLERANCE_FLOOR = 0.02;
function levelExcess(name, c, b) {
  if (!c || !b || c.endLevel === null || b.endLevel === null || !(b.endLevel > 0) || c.finite < 3 || b.finite < 3) return null;
  const se = Math.hypot(levelSe(c.noise, c.levelWindow), levelSe(b.noise, b.levelWindow));
  return {
    series: name,
    excess: c.endLevel / b.endLevel - 1,
    tolerance: Math.max(LEVEL_TOLERANCE_FLOOR, 3 * se / b.endLevel),
    cur: c.endLevel,
    base: b.endLevel
  };
}
function tailDrop(s) {
  if (!s?.tail || s.endLevel === null || s.endLevel === 0) return null;
  return -s.tail.change / Math.abs(s.endLevel);
}
function progressFactor(falling, fewerSteps2) {
  if (falling) return 1;
  return fewerSteps2 ? 0.8 : 0.6;
}
function fewerSteps(ctx) {
  const { cur, base } = ctx;
  return Boolean(base && base.lastX !== null && cur.lastX !== null && base.xName === cur.xName && cur.lastX < 0.9 * base.lastX);
}
function assessUnderfitting(ctx, instability) {
  const { cur, base } = ctx;
  const xName = cur.xName;
  if (instability.diverged || instability.nonFiniteLoss) return NOT_DETECTED({ reason: "loss diverged or went non-finite (see training_instability)" });
  if (stillRising(cur.trainLoss)) return NOT_DETECTED({ reason: "train_loss rising at the end" });
  const z = base ? 2 : 3;
  const falling = cur.valLoss ? stillFalling(cur.valLoss, z) && (cur.trainLoss === null || stillFalling(cur.trainLoss, z)) : stillFalling(cur.trainLoss, z);
  const fewer = fewerSteps(ctx);
  if (!base) {
    const drops = [tailDrop(cur.trainLoss), tailDrop(cur.valLoss)].filter((d2) => d2 !== null);
    const drop = drops.length ? Math.min(...drops) : null;
    const details2 = { tail_drop: round6(drop), still_falling: falling, rows: cur.rows, reliability: round6(ctx.reliability) };
    if (!falling || drop === null || drop < LEVEL_MINOR) return NOT_DETECTED(details2);
    const raw2 = logRamp(drop, LEVEL_MINOR, LEVEL_MAJOR) * ctx.reliability;
    const s = cur.valLoss ?? cur.trainLoss;
    return {
      detected: raw2 > 0,
      raw: raw2,
      significant: ctx.reliability >= 1,
      title: `Losses still falling when training stopped at ${xName} ${fmt2(cur.lastX)} (${pct(-drop)} over the last ${fmt2(s.tail.toX - s.tail.fromX)} ${xName}s)`,
      metric: cur.valLoss ? "val_loss" : "train_loss",
      evidence: fallingEvidence(cur.trainLoss, cur.valLoss, xName, z),
      details: details2
    };
  }
  const levels = [levelExcess("train_loss", cur.trainLoss, base.trainLoss), levelExcess("val_loss", cur.valLoss, base.valLoss)].filter(
    (l) => l !== null
  );
  const details = {
    train_excess: round6(levels.find((l) => l.series === "train_loss")?.excess ?? null),
    val_excess: round6(levels.find((l) => l.series === "val_loss")?.excess ?? null),
    still_falling: falling,
    fewer_steps: fewer,
    last_x: round6(cur.lastX),
    base_last_x: round6(base.lastX),
    rows: cur.rows,
    base_rows: base.rows,
    reliability: round6(ctx.reliability)
  };
  if (levels.length === 0) return NOT_DETECTED(details);
  const weakest = levels.reduce((a, b) => b.excess < a.excess ? b : a);
  if (!(weakest.excess >= Math.max(LEVEL_MINOR, weakest.tolerance)) || levels.some((l) => l.excess < l.tolerance)) return NOT_DETECTED(details);
  const raw = logRamp(weakest.excess, LEVEL_MINOR, LEVEL_MAJOR) * progressFactor(falling, fewer) * ctx.reliability;
  const evidence = levels.map((l) => ({
    text: `${l.series} ends at ${fmt2(l.cur)} vs ${fmt2(l.base)} in the baseline (${pct(l.excess)})`,
    value: round6(l.excess) ?? void 0
  }));
  if (falling) evidence.push(...fallingEvidence(cur.trainLoss, cur.valLoss, xName, z));
  if (fewer) evidence.push({ text: `ran to ${xName} ${fmt2(cur.lastX)} vs ${fmt2(base.lastX)} in the baseline`, value: round6(cur.lastX) ?? void 0 });
  const tail = falling ? " and still falling" : "";
  const short = fewer ? ` after ${fmt2(cur.lastX)} ${xName}s (baseline ${fmt2(base.lastX)})` : "";
  return {
    detected: raw > 0,
    raw,
    significant: ctx.reliability >= 1,
    title: `Losses end ${pct(weakest.excess)} above the baseline${tail}${short}`,
    metric: weakest.series,
    evidence,
    details: { ...details, level_excess: round6(weakest.excess), level_tolerance: round6(weakest.tolerance) }
  };
}
function fallingEvidence(train, val, xName, z) {
  const out = [];
  for (const [name, s] of [
    ["train_loss", train],
    ["val_loss", val]
  ]) {
    if (!s?.tail || !stillFalling(s, z)) continue;
    const drop = tailDrop(s);
    out.push({
      text: `${name} still falling at the end: ${pct(-drop)} from ${xName} ${fmt2(s.tail.fromX)} to ${fmt2(s.tail.toX)} (Theil\u2013Sen slope ${fmt2(s.tail.slope)} per ${xName}, noise \xB1${fmt2(2 * s.tail.changeSe)})`,
      value: round6(s.tail.slope) ?? void 0
    });
  }
  return out;
}

// src/analysis/training/learning-rate.ts
var OSC_SIGN_RATE_MIN = 0.3;
var OSC_UP_MIN = 0.03;
var OSC_BASE_FLOOR = 0.01;
var OSC_RATIO_MINOR = 3;
var OSC_RATIO_MAJOR = 10;
var OSC_ABS_MINOR = 0.05;
var OSC_ABS_MAJOR = 0.15;
var SUSPECT_FACTOR = 0.7;
var LR_COLUMN_TOLERANCE = 0.01;
function assessLearningRate(ctx, instability, lrChange, lrColumnRatio) {
  const { cur, base } = ctx;
  const paramRatio = lrChange?.ratio ?? null;
  const paramDir = lrChange && (lrChange.direction === "up" || lrChange.direction === "added") ? "up" : lrChange?.direction === "down" ? "down" : null;
  const columnDir = lrColumnRatio === null ? null : lrColumnRatio > 1 + LR_COLUMN_TOLERANCE ? "up" : lrColumnRatio < 1 - LR_COLUMN_TOLERANCE ? "down" : null;
  const lrDir = paramDir ?? columnDir;
  const ratio = paramRatio ?? (lrDir !== null ? lrColumnRatio : null);
  const osc = oscillationEvidence(ctx);
  const details = {
    key: lrChange?.key ?? null,
    baseline: lrChange?.baseline ?? null,
    current: lrChange?.current ?? null,
    ratio: round6(ratio),
    lr_column_ratio: round6(lrColumnRatio),
    lr_schedule: cur.lr?.schedule ?? null,
    base_lr_schedule: base?.lr?.schedule ?? null,
    lr_median: round6(cur.lr?.median ?? null),
    base_lr_median: round6(base?.lr?.median ?? null),
    osc_series: osc.series,
    osc_sign_change_rate: round6(osc.signRate),
    osc_up_move_75: round6(osc.up),
    base_osc_up_move_75: round6(osc.baseUp),
    osc_ratio: round6(osc.ratio),
    instability_strength: round6(instability.detected ? instability.raw : 0),
    reliability: round6(ctx.reliability)
  };
  let highRaw = 0;
  let highWhy = null;
  if (lrDir === "up") {
    if (instability.detected && instability.raw >= osc.raw) {
      highRaw = instability.raw;
      highWhy = "instability";
    } else if (osc.raw > 0) {
      highRaw = osc.raw;
      highWhy = "oscillation";
    }
  } else if (osc.raw > 0) {
    highRaw = osc.raw * SUSPECT_FACTOR;
    highWhy = "oscillation";
  }
  let lowRaw = 0;
  let low = null;
  if (lrDir === "down" && !instability.diverged) {
    const p = primaryLoss(cur);
    const z = base ? 2 : 3;
    const falling = stillFalling(cur.trainLoss, z) || stillFalling(cur.valLoss, z);
    if (p && base) {
      const l2 = levelExcess(p.name, p.s, p.name === "train_loss" ? base.trainLoss : base.valLoss);
      if (l2 && l2.excess >= Math.max(LEVEL_MINOR, l2.tolerance)) {
        lowRaw = logRamp(l2.excess, LEVEL_MINOR, LEVEL_MAJOR) * progressFactor(falling, fewerSteps(ctx)) * ctx.reliability;
        low = { excess: l2.excess, series: p.name, cur: l2.cur, base: l2.base, falling };
      }
    } else if (p && falling) {
      const drop = tailDrop(p.s);
      if (drop !== null && drop >= LEVEL_MINOR) {
        lowRaw = logRamp(drop, LEVEL_MINOR, LEVEL_MAJOR) * ctx.reliability;
        low = { excess: drop, series: p.name, cur: p.s.endLevel, base: null, falling };
      }
    }
  }
  if (!(highRaw > 0) && !(lowRaw > 0)) return { ...NOT_DETECTED(details), direction: null, fromChange: false };
  const evidence = [];
  if (lrChange) evidence.push({ text: `learning rate changed: ${describeChange(lrChange)}`, value: round6(paramRatio) ?? void 0 });
  if (lrColumnRatio !== null && columnDir !== null) {
    evidence.push({
      text: `logged lr median ${fmt2(cur.lr?.median ?? null)} vs ${fmt2(base?.lr?.median ?? null)} in the baseline (${formatRatio(lrColumnRatio)}; schedule ${cur.lr?.schedule ?? "n/a"})`,
      value: round6(lrColumnRatio) ?? void 0
    });
  }
  const what = lrChange ? lrChange.key : "logged lr";
  const change = ratio !== null ? `${lrDir === "up" ? "raised" : "lowered"} ${formatRatio(ratio)}` : "changed";
  const from = lrChange ? ` (${fmtScalar(lrChange.baseline)} \u2192 ${fmtScalar(lrChange.current)})` : "";
  if (highRaw >= lowRaw) {
    if (osc.raw > 0 && (highWhy === "oscillation" || !instability.diverged)) evidence.push(osc.evidence);
    if (highWhy === "instability") evidence.push({ text: `after the increase: ${instability.title}`, value: round6(instability.raw) ?? void 0 });
    const symptom2 = highWhy === "instability" ? instability.title : osc.title;
    const title = lrDir === "up" ? `${what} ${change}${from}: ${symptom2}` : `Learning rate likely too high: ${osc.title}`;
    return {
      detected: true,
      raw: highRaw,
      significant: highWhy === "instability" ? instability.significant : ctx.reliability >= 1,
      title,
      metric: highWhy === "instability" ? instability.metric : osc.series,
      evidence,
      details: { ...details, direction: "too_high", evidence_kind: highWhy },
      direction: "too_high",
      fromChange: lrDir === "up"
    };
  }
  const l = low;
  evidence.push({
    text: l.base !== null ? `${l.series} ends at ${fmt2(l.cur)} vs ${fmt2(l.base)} in the baseline (${pct(l.excess)})${l.falling ? ", still falling" : ""}` : `${l.series} still falling at the end (${pct(-l.excess)} over the last 20% of the run)`,
    value: round6(l.excess) ?? void 0
  });
  const symptom = l.base !== null ? `${l.series} ends ${pct(l.excess)} above the baseline${l.falling ? ", still falling" : ""}` : `${l.series} still falling at the end`;
  return {
    detected: true,
    raw: lowRaw,
    significant: ctx.reliability >= 1,
    title: `${what} ${change}${from}: ${symptom}`,
    metric: l.series,
    evidence,
    details: { ...details, direction: "too_low", evidence_kind: "slow_decrease", level_excess: round6(l.excess) },
    direction: "too_low",
    fromChange: true
  };
}
function fmtScalar(v) {
  return typeof v === "number" ? fmt2(v) : String(v);
}
function oscillationEvidence(ctx) {
  const p = primaryLoss(ctx.cur);
  const o = p?.s.oscillation ?? null;
  if (!p || !o) return { raw: 0, series: p?.name ?? null, signRate: null, up: null, baseUp: null, ratio: null, title: "", evidence: null };
  const b = ctx.base ? p.name === "train_loss" ? ctx.base.trainLoss : ctx.base.valLoss : null;
  const baseUp = b?.oscillation?.upMove75 ?? null;
  const ratio = baseUp !== null ? o.upMove75 / Math.max(baseUp, OSC_BASE_FLOOR) : null;
  let raw = 0;
  if (o.signChangeRate >= OSC_SIGN_RATE_MIN && o.upMove75 >= OSC_UP_MIN) {
    if (ratio !== null) raw = ratio >= OSC_RATIO_MINOR ? logRamp(ratio, OSC_RATIO_MINOR, OSC_RATIO_MAJOR) : 0;
    else if (!b) raw = (o.upMove75 >= OSC_ABS_MINOR ? logRamp(o.upMove75, OSC_ABS_MINOR, OSC_ABS_MAJOR) : 0) * (ctx.base ? NO_BASELINE_FACTOR : 1);
  }
  raw *= ctx.reliability;
  const baseText = baseUp !== null ? ` vs ${fmt2(baseUp)} in the baseline` : "";
  return {
    raw,
    series: p.name,
    signRate: o.signChangeRate,
    up: o.upMove75,
    baseUp,
    ratio,
    title: `${p.name} oscillates (${fmt2(o.signChangeRate * 100)}% of steps reverse; typical rise ${fmt2(o.upMove75 * 100)}% of its initial value${baseText ? `, ${ratio !== null ? fmt2(ratio) : ""}\xD7 the baseline` : ""})`,
    evidence: {
      text: `${p.name} reverses direction in ${fmt2(o.signChangeRate * 100)}% of steps; 75th-percentile upward move ${fmt2(o.upMove75 * 100)}% of its initial value${baseText}`,
      value: round6(o.upMove75) ?? void 0
    }
  };
}

// src/analysis/training/overfitting.ts
var RISE_MINOR = 0.05;
var RISE_MAJOR = 0.2;
var GAP_MINOR = 0.05;
var GAP_MAJOR = 0.2;
var GAP_CAP = 0.45;
var GAP_RATIO_MIN = 1.5;
var NO_TRAIN_FACTOR = 0.6;
function riseAfterBest(s) {
  if (s.best === null || s.endLevel === null) return null;
  return (s.endLevel - s.best) / (s.best > 0 ? s.best : s.scale);
}
function relGap(s) {
  const t = s.trainLoss?.endLevel;
  const v = s.valLoss?.endLevel;
  if (t == null || v == null || v === 0) return null;
  return (v - t) / Math.abs(v);
}
function relGapSe(s) {
  const t = s.trainLoss;
  const v = s.valLoss;
  if (!t || !v || v.endLevel === null || v.endLevel === 0) return 0;
  return Math.hypot(levelSe(t.noise, t.levelWindow), levelSe(v.noise, v.levelWindow)) / Math.abs(v.endLevel);
}
function trainAround(train, row) {
  const vals = [];
  for (let i = Math.max(0, row - 1); i <= Math.min(train.length - 1, row + 1); i++) if (Number.isFinite(train[i])) vals.push(train[i]);
  return vals.length ? median(vals) : null;
}
function assessOverfitting(ctx, instability) {
  const { cur, base, curLog } = ctx;
  const v = cur.valLoss;
  const xName = cur.xName;
  if (!v || v.finite < 5 || v.best === null || v.bestRow === null || v.endLevel === null) return NOT_DETECTED({ reason: "no usable val_loss" });
  if (instability.diverged) return NOT_DETECTED({ reason: "loss diverged (see training_instability)" });
  const rise = riseAfterBest(v);
  const baseVal = base?.valLoss ?? null;
  const baseRise = baseVal ? riseAfterBest(baseVal) : null;
  const excess = rise - Math.max(0, baseRise ?? 0);
  let pointsAfterBest = 0;
  for (let i = v.bestRow + 1; i < curLog.x.length; i++) if (Number.isFinite(curLog.valLoss[i])) pointsAfterBest++;
  const beyondNoise = v.endLevel - v.best > 3 * (v.noise ?? 0);
  const t = cur.trainLoss;
  const trainAtBest = curLog.trainLoss ? trainAround(curLog.trainLoss, v.bestRow) : null;
  let trainDrop = null;
  let trainFalling = null;
  if (t?.endLevel != null && trainAtBest !== null) {
    trainDrop = (trainAtBest - t.endLevel) / Math.abs(trainAtBest || 1);
    trainFalling = trainAtBest - t.endLevel > 2 * (t.noise ?? 0) && trainDrop > 0;
  }
  let riseRaw = 0;
  if (excess >= RISE_MINOR && beyondNoise && pointsAfterBest >= 2 && trainFalling !== false) {
    riseRaw = logRamp(excess, RISE_MINOR, RISE_MAJOR) * (trainFalling === null ? NO_TRAIN_FACTOR : 1);
  }
  const gap = cur.endGap;
  const baseGap = base?.endGap ?? null;
  const gapRel = relGap(cur);
  const baseGapRel = base ? relGap(base) : null;
  const gapDelta = gapRel !== null && baseGapRel !== null ? gapRel - baseGapRel : null;
  const gapRatio = gap !== null && baseGap !== null && baseGap > 0 ? gap / baseGap : null;
  let gapRaw = 0;
  const trainNotWorse = t?.endLevel != null && base?.trainLoss?.endLevel != null && t.endLevel <= 1.02 * base.trainLoss.endLevel;
  const gapSe = base ? Math.sqrt(relGapSe(cur) ** 2 + relGapSe(base) ** 2) : 0;
  const gapBeyondNoise = gapDelta !== null && gapDelta > 3 * gapSe;
  if (gapDelta !== null && gapDelta >= GAP_MINOR && gapBeyondNoise && (baseGap <= 0 || (gapRatio ?? 0) >= GAP_RATIO_MIN) && trainNotWorse) {
    gapRaw = Math.min(GAP_CAP, logRamp(gapDelta, GAP_MINOR, GAP_MAJOR));
  }
  const details = {
    best_val_loss: round6(v.best),
    best_val_x: round6(v.bestX),
    best_val_position: round6(v.bestPosition),
    base_best_val_x: round6(baseVal?.bestX ?? null),
    val_end_level: round6(v.endLevel),
    rise_after_best: round6(rise),
    base_rise_after_best: round6(baseRise),
    rise_excess: round6(excess),
    train_drop_after_best: round6(trainDrop),
    gap: round6(gap),
    base_gap: round6(baseGap),
    gap_ratio: round6(gapRatio),
    gap_rel_delta: round6(gapDelta),
    gap_rel_delta_se: round6(gapSe),
    val_increases: v.increases,
    base_val_increases: baseVal?.increases ?? null,
    rows: cur.rows,
    base_rows: base?.rows ?? null,
    reliability: round6(ctx.reliability)
  };
  const raw = Math.max(riseRaw, gapRaw) * ctx.reliability;
  if (!(raw > 0)) return NOT_DETECTED(details);
  const evidence = [];
  const position = v.bestPosition !== null ? ` (${fmt2(v.bestPosition * 100)}% into the run)` : "";
  evidence.push({
    text: `val_loss best ${fmt2(v.best)} at ${xName} ${fmt2(v.bestX)}${position}, then ended at ${fmt2(v.endLevel)} (${pct(rise)} vs its best${baseRise !== null ? `; baseline ${pct(baseRise)}, best at ${base.xName} ${fmt2(baseVal.bestX)}` : ""})`,
    value: round6(rise) ?? void 0
  });
  if (trainDrop !== null && t) {
    evidence.push({
      text: `train_loss ${trainFalling ? "kept falling" : "moved"} after ${xName} ${fmt2(v.bestX)}: ${fmt2(trainAtBest)} \u2192 ${fmt2(t.endLevel)} (${pct(-trainDrop)})`,
      value: round6(trainDrop) ?? void 0
    });
  }
  if (gap !== null && baseGap !== null) {
    evidence.push({
      text: `val \u2212 train gap ${fmt2(gap)} vs ${fmt2(baseGap)} in the baseline${gapRatio !== null ? ` (${fmt2(gapRatio)}\xD7)` : ""}`,
      value: round6(gap) ?? void 0
    });
  }
  if (v.finite > 1) evidence.push({ text: `val_loss went up in ${v.increases} of ${v.finite - 1} steps`, value: v.increases });
  const title = riseRaw >= gapRaw ? `val_loss rose ${pct(rise)} after its best at ${xName} ${fmt2(v.bestX)} while train_loss kept falling${baseRise !== null ? ` (baseline ${pct(baseRise)})` : ""}` : `val \u2212 train loss gap widened ${gapRatio !== null ? `${fmt2(gapRatio)}\xD7` : ""} vs the baseline (${fmt2(baseGap)} \u2192 ${fmt2(gap)})`;
  return {
    detected: true,
    raw,
    significant: (riseRaw >= gapRaw ? beyondNoise : gapBeyondNoise) && ctx.reliability >= 1,
    title,
    metric: "val_loss",
    evidence,
    details: { ...details, path: riseRaw >= gapRaw ? "rise_after_best" : "gap" }
  };
}

// src/analysis/training/summary.ts
function summarizeSeries(x, y) {
  const p = finitePoints(x, y);
  const n = p.y.length;
  let firstNonFiniteX = null;
  let nonFinite = 0;
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i])) {
      nonFinite++;
      if (firstNonFiniteX === null) firstNonFiniteX = x[i];
    }
  }
  const w = levelWindow(n);
  const startLevel = n > 0 ? median(p.y.subarray(0, w)) : null;
  const endLevel = n > 0 ? median(p.y.subarray(n - w)) : null;
  const best = bestOf(p);
  const scale = seriesScale(p.y);
  const noise = noiseSigma(p.y);
  let increases = 0;
  for (let i = 1; i < n; i++) if (p.y[i] > p.y[i - 1]) increases++;
  return {
    finite: n,
    nonFinite,
    firstNonFiniteX,
    endsNonFinite: y.length > 0 && !Number.isFinite(y[y.length - 1]),
    first: n > 0 ? p.y[0] : null,
    final: n > 0 ? p.y[n - 1] : null,
    best: best?.value ?? null,
    bestX: best?.x ?? null,
    bestRow: best?.row ?? null,
    bestPosition: best === null ? null : y.length > 1 ? best.row / (y.length - 1) : 0,
    startLevel,
    endLevel,
    levelWindow: w,
    tail: tailTrend(p, noise),
    noise,
    increases,
    oscillation: oscillation(p, scale),
    spikes: findSpikes(p, scale),
    scale
  };
}
function bestOf(p) {
  if (p.y.length === 0) return null;
  let k = 0;
  for (let i = 1; i < p.y.length; i++) if (p.y[i] < p.y[k]) k = i;
  return { value: p.y[k], x: p.x[k], row: p.rows[k] };
}
function summarizeLr(lr) {
  const v = lr.filter((a) => Number.isFinite(a));
  if (v.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  let argmax2 = 0;
  for (let i = 0; i < v.length; i++) {
    min = Math.min(min, v[i]);
    if (v[i] > max) {
      max = v[i];
      argmax2 = i;
    }
  }
  const tol = 1e-9 * Math.max(Math.abs(max), Math.abs(min));
  const monotone = (from, to, sign) => {
    for (let i = from + 1; i <= to; i++) if (sign * (v[i] - v[i - 1]) < -tol) return false;
    return true;
  };
  let schedule;
  if (max - min <= tol) schedule = "constant";
  else if (monotone(0, v.length - 1, -1)) schedule = "decaying";
  else if (monotone(0, v.length - 1, 1)) schedule = "increasing";
  else if (monotone(0, argmax2, 1) && monotone(argmax2, v.length - 1, -1)) schedule = "warmup_decay";
  else schedule = "varying";
  return { schedule, first: v[0], last: v[v.length - 1], min, max, median: median(v) };
}
function summarizeGrad(g) {
  const v = g.filter((a) => Number.isFinite(a));
  if (v.length === 0) return null;
  const w = levelWindow(v.length);
  let max = -Infinity;
  for (const a of v) max = Math.max(max, a);
  return { max, early: median(v.subarray(0, w)), endLevel: median(v.subarray(v.length - w)), final: v[v.length - 1] };
}
function summarizeLog(log) {
  const train = log.trainLoss ? summarizeSeries(log.x, log.trainLoss) : null;
  const val = log.valLoss ? summarizeSeries(log.x, log.valLoss) : null;
  let finalGap = null;
  if (log.trainLoss && log.valLoss) {
    for (let i = log.x.length - 1; i >= 0; i--) {
      const t = log.trainLoss[i];
      const v = log.valLoss[i];
      if (Number.isFinite(t) && Number.isFinite(v)) {
        finalGap = v - t;
        break;
      }
    }
  }
  const nonFinite = {};
  const count = (a) => a.reduce((s, v) => s + (Number.isFinite(v) ? 0 : 1), 0);
  if (log.trainLoss) nonFinite.train_loss = count(log.trainLoss);
  if (log.valLoss) nonFinite.val_loss = count(log.valLoss);
  if (log.lr) nonFinite.lr = count(log.lr);
  if (log.gradNorm) nonFinite.grad_norm = count(log.gradNorm);
  for (const name of Object.keys(log.series).sort()) nonFinite[name] = count(log.series[name]);
  const rows = log.x.length;
  return {
    path: log.path,
    xName: log.xName,
    rows,
    firstX: rows > 0 ? log.x[0] : null,
    lastX: rows > 0 ? log.x[rows - 1] : null,
    trainLoss: train,
    valLoss: val,
    finalTrainLoss: train?.final ?? null,
    finalValLoss: val?.final ?? null,
    bestValLoss: val?.best ?? null,
    bestValX: val?.bestX ?? null,
    finalGap,
    endGap: train?.endLevel != null && val?.endLevel != null ? val.endLevel - train.endLevel : null,
    trainTailSlope: train?.tail?.slope ?? null,
    valTailSlope: val?.tail?.slope ?? null,
    valIncreases: val?.increases ?? null,
    gradNorm: log.gradNorm ? summarizeGrad(log.gradNorm) : null,
    lr: log.lr ? summarizeLr(log.lr) : null,
    nonFinite
  };
}

// src/analysis/training/analyze.ts
function analyzeTraining(input) {
  const cur = summarizeLog(input.cur);
  const base = input.base ? summarizeLog(input.base) : null;
  const params = classifyParams(input.paramChanges);
  const lrChange = learningRateChange(params);
  const lrColumnRatio = cur.lr && base?.lr && base.lr.median > 0 && cur.lr.median > 0 ? cur.lr.median / base.lr.median : null;
  const ctx = {
    cur,
    curLog: input.cur,
    base,
    baseLog: input.base,
    reliability: rowReliability(Math.min(cur.rows, base?.rows ?? Infinity))
  };
  const inst = assessInstability(ctx);
  const over = assessOverfitting(ctx, inst);
  const under = assessUnderfitting(ctx, inst);
  const lr = assessLearningRate(ctx, inst, lrChange, lrColumnRatio);
  const lrExplains = lr.detected && lr.fromChange;
  const instExplained = lrExplains && lr.direction === "too_high";
  const underExplained = lrExplains && lr.direction === "too_low";
  const baseFactor = base ? 1 : NO_BASELINE_FACTOR;
  const related2 = (cat) => params.filter((p) => CONTEXT_ROLES[cat].includes(p.role));
  const lrRaised = lrChange?.direction === "up" || lrChange?.direction === "added";
  const lrCausal = lrChange && lr.detected && (lr.direction === "too_high" && lrRaised || lr.direction === "too_low" && lrChange.direction === "down") ? [lrChange] : [];
  return {
    source: cur.path,
    hasBaseline: base !== null,
    base,
    cur,
    lrChange,
    lrColumnRatio: round6(lrColumnRatio),
    params,
    overfitting: finalize("overfitting", over, baseFactor, null, related2("overfitting"), related2("overfitting").filter(supportsOverfitting)),
    underfitting: finalize(
      "underfitting",
      under,
      baseFactor,
      underExplained ? "learning_rate" : null,
      related2("underfitting"),
      related2("underfitting").filter(supportsUnderfitting)
    ),
    instability: finalize(
      "training_instability",
      inst,
      baseFactor,
      instExplained ? "learning_rate" : null,
      related2("training_instability"),
      related2("training_instability").filter(supportsInstability)
    ),
    learningRate: finalize("learning_rate", lr, baseFactor, null, related2("learning_rate"), lrCausal)
  };
}
function finalize(category, d2, baseFactor, explainedBy, relatedParams, causalParams) {
  const factor = baseFactor * (explainedBy ? SYMPTOM_FACTOR : 1);
  const strength = d2.detected ? round6(clamp01(d2.raw * factor)) : 0;
  const causal = d2.detected ? causalParams : [];
  const evidence = [...d2.evidence];
  if (d2.detected) {
    for (const p of relatedParams) {
      if (category === "learning_rate" && p.role === "learning_rate") continue;
      evidence.push({ text: `changed parameter: ${describeChange(p)}`, value: p.ratio !== null ? round6(p.ratio) : void 0 });
    }
  }
  return {
    category,
    detected: d2.detected,
    strength,
    rawStrength: round6(d2.raw),
    significant: d2.detected && d2.significant,
    title: d2.title,
    metric: d2.metric,
    evidence,
    details: {
      ...d2.details,
      baseline_log: baseFactor === 1,
      explained_by: explainedBy,
      related_params: relatedParams.length ? relatedParams.map(describeChange).join("; ") : null,
      causal_params: causal.length ? causal.map((p) => p.key).join(",") : null
    },
    relatedParams,
    causalParams: causal
  };
}

// src/analysis/training/signals.ts
var CONFIG_CHANGE_MIN_TIED = 0.25;
var ORDER = ["learning_rate", "training_instability", "overfitting", "underfitting", "config_change"];
var ROLE_PRIORITY = {
  learning_rate: ["learning_rate"],
  training_instability: ["learning_rate", "grad_clip", "batch_size"],
  overfitting: ["regularization", "dropout", "early_stopping", "epochs"],
  underfitting: ["epochs", "early_stopping", "regularization", "dropout"]
};
function trainingSignals(a) {
  const assessments = [a.learningRate, a.instability, a.overfitting, a.underfitting].filter((x) => x.detected);
  const out = assessments.map((x) => ({
    category: x.category,
    area: "training",
    strength: x.strength,
    significant: x.significant,
    title: x.title,
    ...x.metric ? { metric: x.metric } : {},
    source: a.source,
    evidence: x.evidence,
    details: x.details
  }));
  const used = /* @__PURE__ */ new Set();
  const byStrength2 = [...assessments].sort((x, y) => y.strength - x.strength || ORDER.indexOf(x.category) - ORDER.indexOf(y.category));
  for (const x of byStrength2) {
    if (x.strength < CONFIG_CHANGE_MIN_TIED) continue;
    const keys = [...x.causalParams].filter((p) => !used.has(p.key)).sort((p, q) => ROLE_PRIORITY[x.category].indexOf(p.role) - ROLE_PRIORITY[x.category].indexOf(q.role) || (p.key < q.key ? -1 : 1));
    if (keys.length === 0) continue;
    for (const p of keys) used.add(p.key);
    const main = keys[0];
    const primary2 = main.role === "learning_rate" && (x.category === "learning_rate" || x.category === "training_instability");
    const changes = keys.map(describeChange);
    out.push({
      category: "config_change",
      area: "training",
      strength: round6(x.strength * (primary2 ? CONFIG_CHANGE_PRIMARY_FACTOR : CONFIG_CHANGE_CONTEXT_FACTOR)),
      significant: x.significant,
      title: `${changes.join("; ")} \u2014 tied to ${x.category}`,
      source: a.source,
      evidence: [
        ...keys.map((p) => ({ text: `changed parameter: ${describeChange(p)}`, ...p.ratio !== null ? { value: round6(p.ratio) } : {} })),
        { text: `${x.category}: ${x.title}`, value: x.strength }
      ],
      details: {
        key: main.key,
        baseline: main.baseline,
        current: main.current,
        ratio: round6(main.ratio),
        direction: main.direction,
        role: main.role,
        keys: keys.map((p) => p.key).join(","),
        changes: changes.join("; "),
        tied_to: x.category,
        tied_strength: x.strength
      }
    });
  }
  const rank = (s) => ORDER.indexOf(s.category);
  return out.sort((x, y) => y.strength - x.strength || rank(x) - rank(y) || (x.title < y.title ? -1 : x.title > y.title ? 1 : 0));
}

// src/analysis/stats/rng.ts
function createRng(seed) {
  let a = seed | 0;
  return () => {
    a = a + 1831565813 | 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/analysis/stats/exact-tests.ts
var LN_2PI = Math.log(2 * Math.PI);
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  if (x > 15) return stirlingLogGamma(x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * LN_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function stirlingLogGamma(x) {
  return (x - 0.5) * Math.log(x) - x + 0.5 * LN_2PI + stirlingError(x);
}
var LOG_FACT_TABLE_SIZE = 16;
var LOG_FACT = (() => {
  const t = new Float64Array(LOG_FACT_TABLE_SIZE);
  for (let i = 2; i < LOG_FACT_TABLE_SIZE; i++) t[i] = t[i - 1] + Math.log(i);
  return t;
})();
function logFactorial(n) {
  return n < LOG_FACT_TABLE_SIZE ? LOG_FACT[n] : stirlingLogGamma(n + 1);
}
function stirlingError(n) {
  if (n <= 15 && Number.isInteger(n)) {
    return LOG_FACT[n] - (n + 0.5) * Math.log(n) + n - 0.5 * LN_2PI;
  }
  const nn = n * n;
  const S02 = 1 / 12;
  const S12 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  if (n > 500) return (S02 - S12 / nn) / n;
  if (n > 80) return (S02 - (S12 - S2 / nn) / nn) / n;
  if (n > 35) return (S02 - (S12 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S02 - (S12 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}
function bd0(x, np) {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1e3; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / np) + np - x;
}
function binomRaw(x, n, p, q) {
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x === 0) {
    if (n === 0) return 1;
    return Math.exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q));
  }
  if (x === n) return Math.exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p));
  if (x < 0 || x > n) return 0;
  const lc = stirlingError(n) - stirlingError(x) - stirlingError(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LN_2PI + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}
function hypergeometricPmf(x, good, bad, draws) {
  if (x < 0 || x > good || draws - x < 0 || draws - x > bad) return 0;
  if (draws === 0) return x === 0 ? 1 : 0;
  const total2 = good + bad;
  const p = draws / total2;
  const q = (total2 - draws) / total2;
  return binomRaw(x, good, p, q) * binomRaw(draws - x, bad, p, q) / binomRaw(draws, total2, p, q);
}
var TIE_TOLERANCE = 1 + 1e-7;
function tailSum(law, start, end, dir) {
  let term = law.pmf(start);
  let sum = 0;
  for (let x = start; dir > 0 ? x <= end : x >= end; x += dir) {
    sum += term;
    if (term < sum * 1e-17 || term === 0) break;
    term *= dir > 0 ? law.up(x) : law.down(x);
  }
  return sum;
}
function boundary(law, a, b, threshold, dir) {
  let lo = a;
  let hi = b;
  if (dir > 0) {
    if (law.pmf(b) > threshold) return b + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (law.pmf(mid) <= threshold) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  if (law.pmf(a) > threshold) return a - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (law.pmf(mid) <= threshold) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function twoSidedExact(observed, law) {
  const threshold = law.pmf(observed) * TIE_TOLERANCE;
  let left;
  let right;
  if (observed <= law.mode) {
    left = boundary(law, law.lo, law.mode, threshold, -1);
    right = boundary(law, law.mode, law.hi, threshold, 1);
  } else {
    right = boundary(law, law.mode, law.hi, threshold, 1);
    left = boundary(law, law.lo, law.mode, threshold, -1);
  }
  if (left >= right) return 1;
  let total2 = 0;
  if (left >= law.lo) total2 += tailSum(law, left, law.lo, -1);
  if (right <= law.hi) total2 += tailSum(law, right, law.hi, 1);
  return Math.min(1, total2);
}
function binomialLaw(n, p) {
  const q = 1 - p;
  return {
    lo: 0,
    hi: n,
    mode: Math.min(n, Math.floor((n + 1) * p)),
    pmf: (x) => binomRaw(x, n, p, q),
    up: (x) => (n - x) / (x + 1) * (p / q),
    down: (x) => x / (n - x + 1) * (q / p)
  };
}
function hypergeometricLaw(good, bad, draws) {
  const lo = Math.max(0, draws - bad);
  const hi = Math.min(good, draws);
  const mode = Math.min(hi, Math.max(lo, Math.floor((draws + 1) * (good + 1) / (good + bad + 2))));
  return {
    lo,
    hi,
    mode,
    pmf: (x) => hypergeometricPmf(x, good, bad, draws),
    up: (x) => (good - x) * (draws - x) / ((x + 1) * (bad - draws + x + 1)),
    down: (x) => x * (bad - draws + x) / ((good - x + 1) * (draws - x + 1))
  };
}
function binomTestTwoSided(k, n, p = 0.5) {
  if (n === 0) return 1;
  if (k === p * n) return 1;
  if (p <= 0 || p >= 1) return p <= 0 && k === 0 || p >= 1 && k === n ? 1 : 0;
  return twoSidedExact(k, binomialLaw(n, p));
}
function mcnemarExact(b, c) {
  return binomTestTwoSided(b, b + c, 0.5);
}
function fisherExact(a, b, c, d2) {
  const row1 = a + b;
  const row2 = c + d2;
  const col1 = a + c;
  if (row1 === 0 || row2 === 0 || col1 === 0 || b + d2 === 0) return 1;
  return twoSidedExact(a, hypergeometricLaw(row1, row2, col1));
}

// src/analysis/stats/bootstrap.ts
function multinomialCounts(rng, counts, n = counts.length) {
  counts.fill(0, 0, n);
  let a = rng() * 4294967296 | 0;
  for (let i = 0; i < n; i++) {
    a = a + 1831565813 | 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    counts[((t ^ t >>> 14) >>> 0) / 4294967296 * n | 0]++;
  }
  return counts;
}
function binomialSample(rng, n, p) {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomialSample(rng, n, 1 - p);
  return n * p < 10 ? binomialInversion(rng, n, p) : binomialBtrs(rng, n, p);
}
function binomialInversion(rng, n, p) {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  for (; ; ) {
    let r = Math.pow(q, n);
    let u = rng();
    let x = 0;
    while (u > r) {
      u -= r;
      x++;
      if (x > n) break;
      r *= a / x - s;
    }
    if (x <= n) return x;
  }
}
function binomialBtrs(rng, n, p) {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * spq;
  const vr = 0.92 - 4.2 / b;
  const m = Math.floor((n + 1) * p);
  const lpq = Math.log(p / q);
  const h = logFactorial(m) + logFactorial(n - m);
  for (; ; ) {
    const u = rng() - 0.5;
    let v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2 * a / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log(v * alpha / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}
function multinomialSmall(rng, n, probs, out) {
  let left = n;
  let mass = 1;
  const last = probs.length - 1;
  for (let j = 0; j < last; j++) {
    const pj = probs[j];
    const k = left > 0 && mass > 0 ? binomialSample(rng, left, Math.min(1, pj / mass)) : 0;
    out[j] = k;
    left -= k;
    mass -= pj;
  }
  out[last] = left;
  return out;
}
function quantileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo];
  const b = sorted[hi];
  const t = h - lo;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}
function sortedFinite(samples) {
  let m = 0;
  for (let i = 0; i < samples.length; i++) if (Number.isFinite(samples[i])) m++;
  const out = new Float64Array(m);
  let j = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i];
    if (Number.isFinite(v)) out[j++] = v;
  }
  return out.sort();
}
function percentileInterval(samples, level = 0.95) {
  const s = sortedFinite(samples);
  if (s.length === 0) return null;
  const tail = (1 - level) / 2;
  return [quantileSorted(s, tail), quantileSorted(s, 1 - tail)];
}
function bootstrapPValue(samples, nullValue = 0) {
  let below = 0;
  let above = 0;
  let m = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i];
    if (!Number.isFinite(v)) continue;
    m++;
    if (v <= nullValue) below++;
    if (v >= nullValue) above++;
  }
  if (m === 0) return NaN;
  return Math.min(1, 2 * (Math.min(below, above) + 1) / (m + 1));
}
function deriveSeed(seed, label) {
  let h = 2166136261 ^ seed >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  return h >>> 0;
}

// src/analysis/performance/segment-columns.ts
var MISSING_LABEL = "(missing)";
var MAX_NUMERIC_CATEGORIES = 10;
var QUINTILES = [0.2, 0.4, 0.6, 0.8];
function columnOf(v, name) {
  return v.features.find((c) => c.name === name) ?? v.table.columns.find((c) => c.name === name);
}
function distinctNumbers(col, rows, limit) {
  if (col.kind !== "number") return 0;
  const seen = /* @__PURE__ */ new Set();
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (col.missing[r] || !Number.isFinite(col.values[r])) continue;
    seen.add(col.values[r]);
    if (seen.size > limit) break;
  }
  return seen.size;
}
function buildSegmenter(name, src, mode) {
  const curCol = columnOf(src.cur.view, name);
  const baseCol = src.base ? columnOf(src.base.view, name) : void 0;
  if (!curCol || src.base && !baseCol) return null;
  if (baseCol && baseCol.kind !== curCol.kind) return null;
  const ref = baseCol && src.base ? { col: baseCol, rows: src.base.rows } : { col: curCol, rows: src.cur.rows };
  let bins = false;
  if (curCol.kind === "number") bins = distinctNumbers(ref.col, ref.rows, MAX_NUMERIC_CATEGORIES) > MAX_NUMERIC_CATEGORIES;
  if (mode === "feature" && !bins) return null;
  const seg2 = bins ? binSegmenter(name, src, baseCol ?? null, curCol, ref) : categorySegmenter(name, src, baseCol ?? null, curCol);
  if (!seg2) return null;
  return countUsedLabels(seg2) >= 2 ? seg2 : null;
}
function countUsedLabels(s) {
  const used = new Uint8Array(s.labels.length);
  markUsed(s.cur, used);
  if (s.base && s.base !== s.cur) markUsed(s.base, used);
  let n = 0;
  for (let l = 0; l < used.length; l++) n += used[l];
  return n;
}
function markUsed(codes, used) {
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c >= 0) used[c] = 1;
  }
}
function labelRows(rows, labelOf) {
  const out = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = labelOf(rows[k]);
  return out;
}
function finish(column, kind, labels, src, base, cur) {
  if (src.paired && base) {
    const shared = new Int32Array(base.length);
    for (let k = 0; k < base.length; k++) shared[k] = base[k] >= 0 ? base[k] : cur[k];
    return { column, kind, labels, base: shared, cur: shared };
  }
  return { column, kind, labels, base, cur };
}
function categorySegmenter(name, src, baseCol, curCol) {
  const labels = [];
  const index = /* @__PURE__ */ new Map();
  const labelOfText = (t) => {
    const key = t === "" ? MISSING_LABEL : t;
    let i = index.get(key);
    if (i === void 0) {
      i = labels.length;
      labels.push(key);
      index.set(key, i);
    }
    return i;
  };
  const labeller = (col) => {
    if (col.kind === "string") {
      const map = Int32Array.from(col.dict, (t) => labelOfText(t));
      const missing = () => labelOfText("");
      return (r) => {
        const c = col.codes[r];
        return c >= 0 ? map[c] : missing();
      };
    }
    return (r) => labelOfText(cellText(col, r));
  };
  const base = baseCol && src.base ? labelRows(src.base.rows, labeller(baseCol)) : null;
  const cur = labelRows(src.cur.rows, labeller(curCol));
  if (labels.length > 200) return null;
  return finish(name, "category", labels, src, base, cur);
}
function roundSig(x, p) {
  return Number(x.toPrecision(p));
}
function roundSigOutward(x, p, dir) {
  const r = roundSig(x, p);
  if (x === 0 || (dir === "down" ? r <= x : r >= x)) return r;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(x))) - p + 1);
  return roundSig(dir === "down" ? r - unit : r + unit, p);
}
function quintileEdges(refSorted, lo, hi) {
  const raw = [...new Set(QUINTILES.map((q) => quantileSorted(refSorted, q)))].filter((e) => e > lo && e < hi);
  for (let p = 3; p <= 17; p++) {
    const a = roundSigOutward(lo, p, "down");
    const b = roundSigOutward(hi, p, "up");
    const inner = [...new Set(raw.map((e) => roundSig(e, p)))].filter((e) => e > a && e < b);
    if (inner.length === raw.length) return [a, ...inner, b];
  }
  return [lo, ...raw, hi];
}
function binLabels(edges) {
  const out = [];
  for (let b = 0; b + 1 < edges.length; b++) out.push(`[${edges[b]}, ${edges[b + 1]}${b + 2 === edges.length ? "]" : ")"}`);
  return out;
}
function finiteValues(col, rows) {
  if (col.kind !== "number") return new Float64Array(0);
  const out = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const v = col.values[r];
    if (!col.missing[r] && Number.isFinite(v)) out.push(v);
  }
  return Float64Array.from(out);
}
function binSegmenter(name, src, baseCol, curCol, ref) {
  if (curCol.kind !== "number" || baseCol && baseCol.kind !== "number") return null;
  const refSorted = finiteValues(ref.col, ref.rows).sort();
  if (refSorted.length === 0) return null;
  let lo = refSorted[0];
  let hi = refSorted[refSorted.length - 1];
  const other = baseCol && src.base ? finiteValues(curCol, src.cur.rows) : new Float64Array(0);
  for (let i = 0; i < other.length; i++) {
    lo = Math.min(lo, other[i]);
    hi = Math.max(hi, other[i]);
  }
  const edges = quintileEdges(refSorted, lo, hi);
  if (edges.length < 3) return null;
  const labels = binLabels(edges);
  let missingLabel = -1;
  const labeller = (col) => {
    if (col.kind !== "number") return () => -1;
    return (r) => {
      const v = col.values[r];
      if (col.missing[r] || !Number.isFinite(v)) {
        if (missingLabel < 0) {
          missingLabel = labels.length;
          labels.push(MISSING_LABEL);
        }
        return missingLabel;
      }
      let b = 0;
      while (b + 2 < edges.length && v >= edges[b + 1]) b++;
      return b;
    };
  };
  const base = baseCol && src.base ? labelRows(src.base.rows, labeller(baseCol)) : null;
  const cur = labelRows(src.cur.rows, labeller(curCol));
  return finish(name, "bin", labels, src, base, cur);
}
function segmentColumnNames(base, cur) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const name of cur.segmentColumns) {
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, mode: "auto" });
  }
  const ref = base ?? cur;
  for (const col of ref.features) {
    if (col.kind !== "number" || seen.has(col.name)) continue;
    seen.add(col.name);
    out.push({ name: col.name, mode: "feature" });
  }
  return out;
}

// src/analysis/performance/bias.ts
var PROTECTED_NAMES = ["sex", "gender", "race", "ethnicity", "age", "age_group", "religion", "nationality", "disability"];
function nameTokens(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  return [...words, words.join("_")];
}
function protectedColumnNames(cur) {
  if (cur.protectedColumns.length > 0) return [...cur.protectedColumns];
  const names = new Set(PROTECTED_NAMES);
  return cur.features.filter((c) => nameTokens(c.name).some((t) => names.has(t))).map((c) => c.name);
}
function groupSums(run, codes, groups, counts) {
  const s = {
    w: new Float64Array(groups),
    correct: new Float64Array(groups),
    pos: new Float64Array(groups),
    tp: new Float64Array(groups),
    predPos: new Float64Array(groups)
  };
  for (let i = 0; i < run.n; i++) {
    const g = codes[i];
    if (g < 0) continue;
    const w = run.w[i] * (counts ? counts[i] : 1);
    if (w === 0) continue;
    s.w[g] += w;
    if (run.correct[i]) s.correct[g] += w;
    if (run.binary) {
      const yPos = run.y[i] === 1;
      const pPos = run.pred[i] === 1;
      if (yPos) s.pos[g] += w;
      if (pPos) s.predPos[g] += w;
      if (yPos && pPos) s.tp[g] += w;
    }
  }
  return s;
}
function spread(values) {
  const v = values.filter((x) => x !== null && Number.isFinite(x));
  return v.length >= 2 ? Math.max(...v) - Math.min(...v) : null;
}
function snapshot(run, s, groups, labels) {
  const metrics = groups.map((g) => {
    const w = s.w[g];
    const neg = w - s.pos[g];
    return {
      group: labels[g],
      n: w,
      accuracy: s.correct[g] / w,
      tpr: run.binary && s.pos[g] > 0 ? s.tp[g] / s.pos[g] : null,
      fpr: run.binary && neg > 0 ? (s.predPos[g] - s.tp[g]) / neg : null,
      positiveRate: run.binary ? s.predPos[g] / w : null
    };
  });
  let worst = metrics[0];
  let best = metrics[0];
  for (const m of metrics) {
    if (m.accuracy < worst.accuracy) worst = m;
    if (m.accuracy > best.accuracy) best = m;
  }
  const tprGap = spread(metrics.map((m) => m.tpr));
  const fprGap = spread(metrics.map((m) => m.fpr));
  return {
    groups: metrics,
    maxAccuracyGap: best.accuracy - worst.accuracy,
    demographicParityDiff: run.binary ? spread(metrics.map((m) => m.positiveRate)) : null,
    equalizedOddsDiff: run.binary && (tprGap !== null || fprGap !== null) ? Math.max(tprGap ?? 0, fprGap ?? 0) : null,
    worstGroup: worst.group,
    bestGroup: best.group
  };
}
function gapOf(acc) {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < acc.length; i++) {
    lo = Math.min(lo, acc[i]);
    hi = Math.max(hi, acc[i]);
  }
  return hi - lo;
}
function gapDeltas(c, base, cur, seg2, groups, rng) {
  const R = c.opts.resamples;
  const out = new Float64Array(R);
  const accB = new Float64Array(groups.length);
  const accC = new Float64Array(groups.length);
  if (c.setup.weighted) {
    const countsB = new Int32Array(base.n);
    const countsC = c.paired ? countsB : new Int32Array(cur.n);
    for (let r = 0; r < R; r++) {
      multinomialCounts(rng, countsB);
      if (!c.paired) multinomialCounts(rng, countsC);
      const sb = groupSums(base, seg2.base, seg2.labels.length, countsB);
      const sc = groupSums(cur, seg2.cur, seg2.labels.length, countsC);
      groups.forEach((g, k) => {
        accB[k] = sb.correct[g] / sb.w[g];
        accC[k] = sc.correct[g] / sc.w[g];
      });
      out[r] = gapOf(accC) - gapOf(accB);
    }
    return out;
  }
  const cells = groups.map(() => new Float64Array(4));
  const nB = groups.map(() => 0);
  const nC = groups.map(() => 0);
  const kB = groups.map(() => 0);
  const kC = groups.map(() => 0);
  const pos = new Map(groups.map((g, k) => [g, k]));
  for (let i = 0; i < base.n; i++) {
    const k = pos.get(seg2.base[i]);
    if (k === void 0) continue;
    nB[k]++;
    kB[k] += base.correct[i];
    if (c.paired) cells[k][base.correct[i] * 2 + cur.correct[i]]++;
  }
  for (let i = 0; i < cur.n; i++) {
    const k = pos.get(seg2.cur[i]);
    if (k === void 0) continue;
    nC[k]++;
    kC[k] += cur.correct[i];
  }
  const draw = new Int32Array(4);
  const probs = cells.map((cell, k) => Array.from(cell, (v) => v / nB[k]));
  for (let r = 0; r < R; r++) {
    for (let k = 0; k < groups.length; k++) {
      if (c.paired) {
        multinomialSmall(rng, nB[k], probs[k], draw);
        accB[k] = (draw[2] + draw[3]) / nB[k];
        accC[k] = (draw[1] + draw[3]) / nB[k];
      } else {
        accB[k] = binomialSample(rng, nB[k], kB[k] / nB[k]) / nB[k];
        accC[k] = binomialSample(rng, nC[k], kC[k] / nC[k]) / nC[k];
      }
    }
    out[r] = gapOf(accC) - gapOf(accB);
  }
  return out;
}
function eligibleGroups(seg2, runs, minSupport) {
  const out = [];
  for (let g = 0; g < seg2.labels.length; g++) {
    if (seg2.labels[g] === MISSING_LABEL) continue;
    let ok = true;
    for (const r of runs) {
      let n = 0;
      for (let i = 0; i < r.codes.length; i++) if (r.codes[i] === g) n++;
      if (n < minSupport) ok = false;
    }
    if (ok) out.push(g);
  }
  return out;
}
function currentBias(cur, src, columns, opts) {
  const out = [];
  for (const column of columns) {
    const seg2 = buildSegmenter(column, src, "auto");
    if (!seg2) continue;
    const groups = eligibleGroups(seg2, [{ codes: seg2.cur }], opts.minSupport);
    if (groups.length < 2) continue;
    out.push({
      column,
      baseline: null,
      current: snapshot(cur, groupSums(cur, seg2.cur, seg2.labels.length, null), groups, seg2.labels),
      gapDelta: null,
      gapCi: null,
      gapPValue: null,
      demographicParityDelta: null,
      equalizedOddsDelta: null,
      gapGrewSignificantly: false
    });
  }
  return out;
}
function diffOrNull(a, b) {
  return a === null || b === null ? null : a - b;
}
function compareBias(c, src, columns) {
  const { base, cur } = c;
  if (base.kind !== "class" || cur.kind !== "class") return [];
  const out = [];
  for (const column of columns) {
    const seg2 = buildSegmenter(column, src, "auto");
    if (!seg2) continue;
    const groups = eligibleGroups(seg2, [{ codes: seg2.base }, { codes: seg2.cur }], c.opts.minSupport);
    if (groups.length < 2) continue;
    const sb = snapshot(base, groupSums(base, seg2.base, seg2.labels.length, null), groups, seg2.labels);
    const sc = snapshot(cur, groupSums(cur, seg2.cur, seg2.labels.length, null), groups, seg2.labels);
    const deltas = gapDeltas(c, base, cur, seg2, groups, createRng(deriveSeed(c.opts.seed, `bias:${column}`)));
    const gapDelta = sc.maxAccuracyGap - sb.maxAccuracyGap;
    const gapCi = percentileInterval(deltas, 1 - c.opts.alpha);
    out.push({
      column,
      baseline: sb,
      current: sc,
      gapDelta,
      gapCi,
      gapPValue: bootstrapPValue(deltas),
      demographicParityDelta: diffOrNull(sc.demographicParityDiff, sb.demographicParityDiff),
      equalizedOddsDelta: diffOrNull(sc.equalizedOddsDiff, sb.equalizedOddsDiff),
      gapGrewSignificantly: gapDelta > 0 && gapCi !== null && gapCi[0] > 0
    });
  }
  return out;
}

// src/analysis/performance/arrays.ts
function iota(n) {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}
function gatherF64(src, idx) {
  const out = new Float64Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = src[idx[k]];
  return out;
}
function gatherI32(src, idx) {
  const out = new Int32Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = src[idx[k]];
  return out;
}

// src/analysis/performance/ranked.ts
function argsortDescending(values, rows) {
  const n = rows ? rows.length : values.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = values[rows ? rows[i] : i] + 0;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (keys[i] > keys[i - 1]) sorted = false;
  if (sorted) return rows ? Int32Array.from(rows) : iota(n);
  const bits = new Uint32Array(keys.buffer);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + 1];
    let l = bits[2 * i];
    if (h & 2147483648) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 2147483648) >>> 0;
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  }
  let idx = iota(n);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let idx2 = new Int32Array(n);
  const count = new Int32Array(256);
  for (let pass = 0; pass < 8; pass++) {
    const word = pass < 4 ? lo : hi;
    const shift = (pass & 3) * 8;
    count.fill(0);
    for (let i = 0; i < n; i++) count[word[i] >>> shift & 255]++;
    if (count[word[0] >>> shift & 255] === n) continue;
    let sum = 0;
    for (let d2 = 0; d2 < 256; d2++) {
      const c = count[d2];
      count[d2] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const dst = count[word[i] >>> shift & 255]++;
      hi2[dst] = hi[i];
      lo2[dst] = lo[i];
      idx2[dst] = idx[i];
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
  }
  if (!rows) return idx;
  return gatherI32(rows, idx);
}
function rankRows(score, labels, positiveClass, weight, rows) {
  const order = argsortDescending(score, rows);
  const n = order.length;
  const groupEnd = new Uint8Array(n);
  const positive = new Uint8Array(n);
  const w = new Float64Array(n);
  let identity = true;
  for (let j = 0; j < n; j++) {
    const r = order[j];
    if (r !== j) identity = false;
    groupEnd[j] = j === n - 1 || score[order[j + 1]] !== score[r] ? 1 : 0;
    positive[j] = labels[r] === positiveClass ? 1 : 0;
    w[j] = weight ? weight[r] : 1;
  }
  return { order, groupEnd, positive, weight: w, identity };
}
function rankStats(r, counts, out = { auc: NaN, ap: NaN }) {
  const { order, groupEnd, positive, weight } = r;
  const n = order.length;
  let tp = 0;
  let fp = 0;
  let gtp = 0;
  let gfp = 0;
  let area = 0;
  let ap = 0;
  for (let j = 0; j < n; j++) {
    const c = counts === null ? 1 : counts[order[j]];
    if (c !== 0) {
      const wc = c * weight[j];
      if (positive[j]) gtp += wc;
      else gfp += wc;
    }
    if (groupEnd[j]) {
      if (gtp + gfp > 0) {
        area += gfp * (tp + gtp / 2);
        tp += gtp;
        fp += gfp;
        if (gtp > 0) ap += gtp * tp / (tp + fp);
        gtp = 0;
        gfp = 0;
      }
    }
  }
  out.auc = tp > 0 && fp > 0 ? area / (tp * fp) : NaN;
  out.ap = tp > 0 ? ap / tp : NaN;
  return out;
}

// src/analysis/performance/calibration.ts
var ECE_BINS = 15;
var ECE_EDGES = (() => {
  const e = new Float64Array(ECE_BINS + 1);
  const step = 1 / ECE_BINS;
  for (let i = 0; i <= ECE_BINS; i++) e[i] = i * step;
  e[ECE_BINS] = 1;
  return e;
})();
function eceBin(p) {
  let b = Math.floor(p * ECE_BINS);
  if (b < 0) b = 0;
  if (b > ECE_BINS - 1) b = ECE_BINS - 1;
  while (b > 0 && p <= ECE_EDGES[b]) b--;
  while (b < ECE_BINS - 1 && p > ECE_EDGES[b + 1]) b++;
  return b;
}
function eceFromBins(s, offset = 0, bins = ECE_BINS) {
  let tot = 0;
  let e = 0;
  for (let b = 0; b < bins; b++) {
    const wb = s.weight[offset + b];
    if (wb <= 0) continue;
    tot += wb;
    e += Math.abs(s.hit[offset + b] - s.conf[offset + b]);
  }
  return tot > 0 ? e / tot : NaN;
}
function sumsOverBins(rows, binOf2, bins) {
  const weight = new Float64Array(bins);
  const conf = new Float64Array(bins);
  const hit = new Float64Array(bins);
  for (let i = 0; i < rows.conf.length; i++) {
    const b = binOf2[i];
    const w = rows.weight ? rows.weight[i] : 1;
    weight[b] += w;
    conf[b] += w * rows.conf[i];
    hit[b] += w * rows.hit[i];
  }
  return { weight, conf, hit };
}
function equalMassBins(conf, bins, ascending) {
  const n = conf.length;
  const order = ascending ?? ascendingOrder(conf);
  const count = Math.min(bins, n);
  const binOf2 = new Int32Array(n);
  const base = Math.floor(n / count);
  const extra = n % count;
  let j = 0;
  for (let b = 0; b < count; b++) {
    const size = base + (b < extra ? 1 : 0);
    for (let k = 0; k < size; k++) binOf2[order[j++]] = b;
  }
  return { binOf: binOf2, count };
}
function binsOf(conf) {
  const out = new Int32Array(conf.length);
  for (let i = 0; i < conf.length; i++) out[i] = eceBin(conf[i]);
  return out;
}
function ascendingOrder(conf) {
  const neg = new Float64Array(conf.length);
  for (let i = 0; i < conf.length; i++) neg[i] = -conf[i];
  return argsortDescending(neg);
}
function ascendingFromDescending(desc, values) {
  const n = desc.length;
  const out = new Int32Array(n);
  for (let j2 = 0; j2 < n; j2++) out[j2] = desc[n - 1 - j2];
  let j = 0;
  while (j < n) {
    let k = j + 1;
    while (k < n && values[out[k]] === values[out[j]]) k++;
    out.subarray(j, k).reverse();
    j = k;
  }
  return out;
}
function summarizeCalibration(rows, brier, known = null) {
  const binOf2 = known ? Int32Array.from(known.bin) : binsOf(rows.conf);
  const s = sumsOverBins(rows, binOf2, ECE_BINS);
  const bins = [];
  let mce = 0;
  for (let b = 0; b < ECE_BINS; b++) {
    const w = s.weight[b];
    if (w <= 0) continue;
    const meanScore = s.conf[b] / w;
    const fracPositive = s.hit[b] / w;
    mce = Math.max(mce, Math.abs(fracPositive - meanScore));
    bins.push({ lo: ECE_EDGES[b], hi: ECE_EDGES[b + 1], weight: w, meanScore, fracPositive });
  }
  let eceAdaptive = NaN;
  if (rows.conf.length > 0) {
    const em = equalMassBins(rows.conf, ECE_BINS, known ? known.ascending : null);
    eceAdaptive = eceFromBins(sumsOverBins(rows, em.binOf, em.count), 0, em.count);
  }
  return { ece: eceFromBins(s), eceAdaptive, mce, brier, bins };
}

// src/analysis/stats/multiple-testing.ts
function benjaminiHochberg(pValues) {
  const n = pValues.length;
  const q = new Float64Array(n).fill(NaN);
  const idx = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(pValues[i])) idx.push(i);
  const m = idx.length;
  if (m === 0) return q;
  idx.sort((a, b) => pValues[a] - pValues[b] || a - b);
  let running = Infinity;
  for (let r = m - 1; r >= 0; r--) {
    const i = idx[r];
    const adj = pValues[i] * m / (r + 1);
    if (adj < running) running = adj;
    q[i] = Math.min(1, running);
  }
  return q;
}

// src/analysis/performance/metric-defs.ts
var METRIC_INFO = {
  accuracy: { direction: "higher", scale: "points" },
  precision: { direction: "higher", scale: "points" },
  recall: { direction: "higher", scale: "points" },
  f1: { direction: "higher", scale: "points" },
  f1_macro: { direction: "higher", scale: "points" },
  f1_weighted: { direction: "higher", scale: "points" },
  auc: { direction: "higher", scale: "points" },
  auc_ovr_macro: { direction: "higher", scale: "points" },
  average_precision: { direction: "higher", scale: "points" },
  log_loss: { direction: "lower", scale: "relative" },
  brier: { direction: "lower", scale: "relative" },
  ece: { direction: "lower", scale: "points" },
  rmse: { direction: "lower", scale: "relative" },
  mae: { direction: "lower", scale: "relative" },
  r2: { direction: "higher", scale: "relative" },
  mean_error: { direction: "zero", scale: "relative" },
  mape: { direction: "lower", scale: "relative" }
};
function isWorse(name, base, cur) {
  const d2 = METRIC_INFO[name].direction;
  if (d2 === "higher") return cur < base;
  if (d2 === "lower") return cur > base;
  return Math.abs(cur) > Math.abs(base);
}
function isBetter(name, base, cur) {
  const d2 = METRIC_INFO[name].direction;
  if (d2 === "higher") return cur > base;
  if (d2 === "lower") return cur < base;
  return Math.abs(cur) < Math.abs(base);
}
function finiteOrNull(v) {
  return Number.isFinite(v) ? v : null;
}

// src/analysis/performance/compare.ts
function pointValues(k) {
  const out = new Float64Array(k.metrics.length);
  k.evaluate(null, out);
  return out;
}
function bootstrapDeltas(base, cur, nBase, nCur, paired, resamples, seed) {
  const m = base.metrics.length;
  const deltas = Array.from({ length: m }, () => new Float64Array(resamples));
  const vb = new Float64Array(m);
  const vc = new Float64Array(m);
  const rng = createRng(seed);
  const countsB = new Int32Array(nBase);
  const countsC = paired ? countsB : new Int32Array(nCur);
  for (let r = 0; r < resamples; r++) {
    multinomialCounts(rng, countsB, nBase);
    if (!paired) multinomialCounts(rng, countsC, nCur);
    base.evaluate(countsB, vb);
    cur.evaluate(countsC, vc);
    for (let j = 0; j < m; j++) deltas[j][r] = vc[j] - vb[j];
  }
  return deltas;
}
function mcnemarForRuns(base, cur) {
  let b = 0;
  let c = 0;
  for (let i = 0; i < base.n; i++) {
    const cb = base.correct[i];
    const cc = cur.correct[i];
    if (cb && !cc) b++;
    else if (!cb && cc) c++;
  }
  return mcnemarExact(b, c);
}
function excludesZero(ci) {
  return ci !== null && (ci[0] > 0 || ci[1] < 0);
}
function statusOf(name, base, cur, significant) {
  if (!significant) return "unchanged";
  if (isWorse(name, base, cur)) return "regressed";
  if (isBetter(name, base, cur)) return "improved";
  return "unchanged";
}
function currentOnly(cur) {
  const v = pointValues(cur);
  return cur.metrics.map((name, j) => ({
    name,
    direction: METRIC_INFO[name].direction,
    baseline: null,
    current: finiteOrNull(v[j]),
    delta: null,
    ci: null,
    pValue: null,
    mcnemarP: null,
    qValue: null,
    test: "none",
    significant: false,
    status: "new"
  }));
}
function compareHeadline(input, opts) {
  const { base, cur, baseKernel, curKernel, paired } = input;
  const vb = pointValues(baseKernel);
  const vc = pointValues(curKernel);
  const deltas = bootstrapDeltas(baseKernel, curKernel, base.n, cur.n, paired, opts.resamples, deriveSeed(opts.seed, "headline"));
  const level = 1 - opts.alpha;
  const mcnemarP = paired && base.kind === "class" && cur.kind === "class" && !base.weighted && !cur.weighted ? mcnemarForRuns(base, cur) : null;
  const rows = baseKernel.metrics.map((name, j) => {
    const b = vb[j];
    const c = vc[j];
    const defined = Number.isFinite(b) && Number.isFinite(c);
    const ci = defined ? percentileInterval(deltas[j], level) : null;
    const mc = name === "accuracy" ? mcnemarP : null;
    const significant = defined && excludesZero(ci) && (mc === null || mc < opts.alpha);
    return {
      name,
      direction: METRIC_INFO[name].direction,
      baseline: finiteOrNull(b),
      current: finiteOrNull(c),
      delta: defined ? c - b : null,
      ci,
      pValue: defined ? finiteOrNull(bootstrapPValue(deltas[j])) : null,
      mcnemarP: mc,
      qValue: null,
      test: paired ? "paired_bootstrap" : "unpaired_bootstrap",
      significant,
      status: defined ? statusOf(name, b, c, significant) : "unchanged"
    };
  });
  const family = rows.map((m) => m.pValue === null ? NaN : Math.max(m.pValue, m.mcnemarP ?? 0));
  const q = benjaminiHochberg(family);
  return rows.map((m, j) => ({ ...m, qValue: finiteOrNull(q[j]) }));
}

// src/analysis/performance/context.ts
function primaryValues(run) {
  return run.kind === "class" ? Float64Array.from(run.correct) : run.se;
}
function weightedMean(x, w) {
  let s = 0;
  let t = 0;
  for (let i = 0; i < x.length; i++) {
    s += w[i] * x[i];
    t += w[i];
  }
  return { mean: s / t, total: t };
}
function makeComparison(base, cur, paired, opts) {
  const xBase = primaryValues(base);
  const xCur = primaryValues(cur);
  const mb = weightedMean(xBase, base.w);
  const mc = weightedMean(xCur, cur.w);
  const kind = cur.kind;
  return {
    base,
    cur,
    paired,
    setup: { kind, paired, weighted: base.weighted || cur.weighted },
    primary: kind === "class" ? "accuracy" : "rmse",
    xBase,
    xCur,
    momentWeightsBase: base.weighted ? base.w : null,
    momentWeightsCur: cur.weighted ? cur.w : null,
    totalWeightBase: mb.total,
    totalWeightCur: mc.total,
    overallDrop: kind === "class" ? mb.mean - mc.mean : mc.mean - mb.mean,
    opts
  };
}
function dropMass(c, weightCur, meanBase, meanCur) {
  const worsening2 = c.setup.kind === "class" ? meanBase - meanCur : meanCur - meanBase;
  return weightCur / c.totalWeightCur * worsening2;
}
function shareOf(c, mass) {
  return c.overallDrop > 0 ? mass / c.overallDrop : null;
}

// src/analysis/performance/errors.ts
var MAX_CONFUSIONS = 10;
function confusion(run) {
  const cm = new Float64Array(run.k * run.k);
  for (let i = 0; i < run.n; i++) cm[run.cell[i]] += run.w[i];
  return cm;
}
function toRows(cm, k) {
  return Array.from({ length: k }, (_, a) => Array.from(cm.subarray(a * k, a * k + k)));
}
function rowSums(cm, k) {
  const out = new Float64Array(k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) out[a] += cm[a * k + b];
  return out;
}
function total(v) {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return s;
}
function analyzeErrors(base, cur, classes) {
  const k = cur.k;
  const cmC = confusion(cur);
  const cmB = base ? confusion(base) : null;
  const rowC = rowSums(cmC, k);
  const rowB = cmB ? rowSums(cmB, k) : null;
  const totC = total(rowC);
  const totB = rowB ? total(rowB) : 0;
  const changes = [];
  if (cmB && rowB) {
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        if (a === b) continue;
        const deltaShare = cmC[a * k + b] / totC - cmB[a * k + b] / totB;
        if (!(deltaShare > 0)) continue;
        changes.push({
          trueClass: classes[a],
          predictedClass: classes[b],
          baseCount: cmB[a * k + b],
          currentCount: cmC[a * k + b],
          deltaShare,
          baseRate: rowB[a] > 0 ? cmB[a * k + b] / rowB[a] : null,
          currentRate: rowC[a] > 0 ? cmC[a * k + b] / rowC[a] : null
        });
      }
    }
    changes.sort((x, y) => y.deltaShare - x.deltaShare || (x.trueClass < y.trueClass ? -1 : x.trueClass > y.trueClass ? 1 : 0));
  }
  const errorRateByClass = [];
  for (let a = 0; a < k; a++) {
    const eb = rowB && rowB[a] > 0 ? 1 - cmB[a * k + a] / rowB[a] : null;
    const ec = rowC[a] > 0 ? 1 - cmC[a * k + a] / rowC[a] : null;
    if (eb === null && ec === null) continue;
    errorRateByClass.push({
      cls: classes[a],
      nBase: rowB ? rowB[a] : 0,
      nCurrent: rowC[a],
      baseline: eb,
      current: ec,
      delta: eb !== null && ec !== null ? ec - eb : null
    });
  }
  return {
    classes: classes.slice(0, k),
    baseConfusion: cmB ? toRows(cmB, k) : null,
    currentConfusion: toRows(cmC, k),
    confusedMore: changes.slice(0, MAX_CONFUSIONS),
    errorRateByClass
  };
}
function residualSummary(run) {
  let s = 0;
  let t = 0;
  const abs = new Float64Array(run.n);
  for (let i = 0; i < run.n; i++) {
    const e = run.pred[i] - run.y[i];
    s += run.w[i] * e;
    t += run.w[i];
    abs[i] = Math.abs(e);
  }
  abs.sort();
  return {
    meanError: s / t,
    absErrorP50: quantileSorted(abs, 0.5),
    absErrorP90: quantileSorted(abs, 0.9),
    absErrorP99: quantileSorted(abs, 0.99)
  };
}

// src/analysis/performance/metrics.ts
var FLOAT_EPS = 2220446049250313e-31;
function prfFromCounts(tp, fp, fn) {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const denom = precision + recall;
  const f1 = denom > 0 ? 2 * precision * recall / denom : 0;
  return { precision, recall, f1 };
}
function f1FromConfusion(cm, k) {
  let macro = 0;
  let weighted = 0;
  let labels = 0;
  let support = 0;
  for (let c = 0; c < k; c++) {
    let row = 0;
    let col = 0;
    for (let j = 0; j < k; j++) {
      row += cm[c * k + j];
      col += cm[j * k + c];
    }
    if (row === 0 && col === 0) continue;
    const tp = cm[c * k + c];
    const f = prfFromCounts(tp, col - tp, row - tp).f1;
    labels++;
    macro += f;
    weighted += f * row;
    support += row;
  }
  return { macro: labels > 0 ? macro / labels : NaN, weighted: support > 0 ? weighted / support : 0 };
}
function binaryLogLossRow(y, p) {
  const p1 = Math.min(Math.max(p, FLOAT_EPS), 1 - FLOAT_EPS);
  const p0 = 1 - p1;
  return -Math.log((y === 1 ? p1 : p0) / (p0 + p1));
}
function multiclassLogLossRow(y, probs, i) {
  let sum = 0;
  let own = 0;
  for (let c = 0; c < probs.length; c++) {
    const p = Math.min(Math.max(probs[c][i], FLOAT_EPS), 1 - FLOAT_EPS);
    sum += p;
    if (c === y) own = p;
  }
  return -Math.log(own / sum);
}
function multiclassBrierRow(y, probs, i) {
  let s = 0;
  for (let c = 0; c < probs.length; c++) {
    const d2 = probs[c][i] - (c === y ? 1 : 0);
    s += d2 * d2;
  }
  return s;
}
function r2FromSums(ssRes, ssTot) {
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

// src/analysis/performance/kernels.ts
function classMetricNames(run) {
  const names = ["accuracy"];
  if (run.binary) names.push("precision", "recall", "f1");
  else names.push("f1_macro", "f1_weighted");
  if (run.ranked) names.push(...run.binary ? ["auc"] : ["auc_ovr_macro"]);
  if (run.ranked && run.binary) names.push("average_precision");
  if (run.ll) names.push("log_loss", "brier", "ece");
  return names;
}
function mapeDefined(y) {
  if (y.length === 0) return false;
  const abs = Float64Array.from(y, Math.abs).sort();
  const median3 = abs[abs.length >> 1];
  return abs[0] > 0 && abs[0] >= 0.01 * median3;
}
function regMetricNames(runs) {
  const names = ["rmse", "mae", "r2", "mean_error"];
  if (runs.every((r) => mapeDefined(r.y))) names.push("mape");
  return names;
}
function metricNames(runs) {
  const first = runs[0];
  if (first.kind === "reg") return regMetricNames(runs);
  return classMetricNames(first);
}
function makeKernel(run, metrics) {
  if (run.kind === "reg") return new RegKernel(run, metrics);
  return run.binary && run.ranked ? new BinaryScoreKernel(run, metrics) : new ClassKernel(run, metrics);
}
var BinaryScoreKernel = class {
  constructor(run, metrics) {
    this.metrics = metrics;
    this.slots = Object.fromEntries(metrics.map((m, j) => [m, j]));
    const ranked = run.ranked[0];
    const order = ranked.order;
    const n = run.n;
    this.order = ranked.identity ? null : order;
    this.scratch = new Float64Array(n);
    this.wRank = ranked.weight;
    this.yRank = Float64Array.from(ranked.positive);
    this.weighted = run.weighted;
    this.pred = new Uint8Array(n);
    this.yp = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
      const r = order[j];
      const p = run.pred[r] === 1 ? 1 : 0;
      this.pred[j] = p;
      this.yp[j] = run.y[r] === 1 ? p : 0;
    }
    this.ll = run.ll ? gatherF64(run.ll, order) : null;
    this.br = run.br ? gatherF64(run.br, order) : null;
    this.conf = run.conf ? gatherF64(run.conf, order) : null;
    this.runs = scoreRuns(ranked.groupEnd, run.bin ? binEnds(run.bin, order) : null);
  }
  metrics;
  slots;
  /** Score order (null when it is the identity). */
  order;
  /** Weights in score order (all 1 when unweighted). */
  wRank;
  /** Score order: positive flag, confidence (= score), end of a tie group / calibration bin. */
  yRank;
  conf;
  /** Score order cut into runs: [start, end, flags] triples (RUN_TIES, RUN_BIN_END). */
  runs;
  /** Score order too: predicted positive, true positive (bytes: less memory traffic), log loss and Brier terms. */
  pred;
  yp;
  ll;
  br;
  /** Multiplicity × weight per position, rebuilt for each resample. */
  scratch;
  weighted;
  evaluate(counts, out) {
    const lin = this.fill(counts);
    const r = this.rankPass(this.scratch);
    const { slots } = this;
    const positives2 = r.tp;
    const tot = r.cum;
    const fp = lin.predPos - lin.tpAll;
    const fn = positives2 - lin.tpAll;
    put(out, slots.accuracy, (tot - fp - fn) / tot);
    const prf = prfFromCounts(lin.tpAll, fp, fn);
    put(out, slots.precision, prf.precision);
    put(out, slots.recall, prf.recall);
    put(out, slots.f1, prf.f1);
    const negatives = r.cum - positives2;
    put(out, slots.auc, positives2 > 0 && negatives > 0 ? r.area / (positives2 * negatives) : NaN);
    put(out, slots.average_precision, positives2 > 0 ? r.ap / positives2 : NaN);
    put(out, slots.log_loss, lin.ll / tot);
    put(out, slots.brier, lin.br / tot);
    put(out, slots.ece, r.ece / tot);
  }
  /**
   * Writes multiplicity × weight per position (score order) into `scratch` and, in the same
   * pass, the sums that do not depend on order: Σc·pred, Σc·y·pred, Σc·log loss, Σc·Brier.
   */
  fill(counts) {
    const { order, wRank: w, scratch: c, pred, yp } = this;
    const llr = this.ll ?? this.yRank;
    const brr = this.br ?? this.yRank;
    const n = c.length;
    if (counts === null) c.set(w);
    else if (order === null) {
      if (this.weighted) for (let j = 0; j < n; j++) c[j] = counts[j] * w[j];
      else for (let j = 0; j < n; j++) c[j] = counts[j];
    } else if (this.weighted) for (let j = 0; j < n; j++) c[j] = counts[order[j]] * w[j];
    else for (let j = 0; j < n; j++) c[j] = counts[order[j]];
    let predPos = 0;
    let tpAll = 0;
    let ll = 0;
    let br = 0;
    for (let j = 0; j < n; j++) {
      const cj = c[j];
      predPos += cj * pred[j];
      tpAll += cj * yp[j];
      ll += cj * llr[j];
      br += cj * brr[j];
    }
    return { predPos, tpAll, ll: this.ll ? ll : NaN, br: this.br ? br : NaN };
  }
  /**
   * The rank pass, run by run (see `runs`): inside a stretch of distinct scores each position is
   * its own threshold and the per-row formulas need no branch (copies of one row drawn several
   * times tie only with each other, which those formulas already treat as one group); a tie
   * group is summed first and then enters as one threshold, positives and negatives of the group
   * meeting at half weight. Calibration bins end on run boundaries, so the ECE numerator
   * Σ_bins |Σ c·y - Σ c·conf| is flushed between runs. The 1e-300 keeps the precision term free
   * of 0/0 without a branch; it is far below any weight's ulp, so it never changes a value.
   */
  rankPass(c) {
    const { yRank: y, runs } = this;
    const conf = this.conf ?? y;
    let cum = 0;
    let tp = 0;
    let area = 0;
    let ap = 0;
    let ece = 0;
    let tpBin = 0;
    let sc = 0;
    for (let k = 0; k < runs.length; k += 3) {
      const start = runs[k];
      const end = runs[k + 1];
      const flags = runs[k + 2];
      if (flags & RUN_TIES) {
        let gAll = 0;
        let gPos = 0;
        for (let j = start; j < end; j++) {
          const cj = c[j];
          gAll += cj;
          gPos += cj * y[j];
          sc += cj * conf[j];
        }
        area += (gAll - gPos) * (tp + 0.5 * gPos);
        tp += gPos;
        cum += gAll;
        ap += gPos * tp / (cum + 1e-300);
      } else {
        for (let j = start; j < end; j++) {
          const cj = c[j];
          const cy = cj * y[j];
          area += (cj - cy) * (tp + 0.5 * cy);
          tp += cy;
          cum += cj;
          ap += cy * tp / (cum + 1e-300);
          sc += cj * conf[j];
        }
      }
      if (flags & RUN_BIN_END) {
        ece += Math.abs(tp - tpBin - sc);
        tpBin = tp;
        sc = 0;
      }
    }
    return { cum, tp, area, ap, ece: this.conf ? ece : NaN };
  }
};
var RUN_TIES = 1;
var RUN_BIN_END = 2;
function binEnds(bin, order) {
  const n = order.length;
  const out = new Uint8Array(n);
  for (let j = 0; j < n; j++) out[j] = j === n - 1 || bin[order[j + 1]] !== bin[order[j]] ? 1 : 0;
  return out;
}
function scoreRuns(groupEnd, binEnd) {
  const n = groupEnd.length;
  const out = [];
  let j = 0;
  while (j < n) {
    let end = j;
    while (!groupEnd[end]) end++;
    if (end > j) {
      out.push(j, end + 1, RUN_TIES | (binEnd && binEnd[end] ? RUN_BIN_END : 0));
      j = end + 1;
      continue;
    }
    let k = j;
    while (k < n && groupEnd[k] && !(k + 1 < n && !groupEnd[k + 1]) && !(binEnd && binEnd[k])) k++;
    const stop = Math.min(n, k + 1);
    out.push(j, stop, binEnd && binEnd[stop - 1] ? RUN_BIN_END : 0);
    j = stop;
  }
  return Int32Array.from(out);
}
var ClassKernel = class {
  constructor(run, metrics) {
    this.run = run;
    this.metrics = metrics;
    this.cm = new Float64Array(run.k * run.k);
    this.slots = Object.fromEntries(metrics.map((m, j) => [m, j]));
  }
  run;
  metrics;
  cm;
  binW = new Float64Array(ECE_BINS);
  binConf = new Float64Array(ECE_BINS);
  binHit = new Float64Array(ECE_BINS);
  rank = { auc: NaN, ap: NaN };
  slots;
  evaluate(counts, out) {
    const { run, cm, binW, binConf, binHit, slots } = this;
    const { n, w, cell, k } = run;
    cm.fill(0);
    let tot = 0;
    let ll = 0;
    let br = 0;
    if (run.ll && run.br && run.bin && run.conf && run.hit) {
      binW.fill(0);
      binConf.fill(0);
      binHit.fill(0);
      const { ll: llr, br: brr, bin, conf, hit } = run;
      for (let i = 0; i < n; i++) {
        const c = counts === null ? 1 : counts[i];
        if (c === 0) continue;
        const wc = c * w[i];
        tot += wc;
        cm[cell[i]] += wc;
        ll += wc * llr[i];
        br += wc * brr[i];
        const b = bin[i];
        binW[b] += wc;
        binConf[b] += wc * conf[i];
        if (hit[i]) binHit[b] += wc;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const c = counts === null ? 1 : counts[i];
        if (c === 0) continue;
        const wc = c * w[i];
        tot += wc;
        cm[cell[i]] += wc;
      }
    }
    let trace = 0;
    for (let c = 0; c < k; c++) trace += cm[c * k + c];
    put(out, slots.accuracy, trace / tot);
    if (run.binary) {
      const prf = prfFromCounts(cm[3], cm[1], cm[2]);
      put(out, slots.precision, prf.precision);
      put(out, slots.recall, prf.recall);
      put(out, slots.f1, prf.f1);
    } else if (slots.f1_macro !== void 0 || slots.f1_weighted !== void 0) {
      const f = f1FromConfusion(cm, k);
      put(out, slots.f1_macro, f.macro);
      put(out, slots.f1_weighted, f.weighted);
    }
    put(out, slots.log_loss, ll / tot);
    put(out, slots.brier, br / tot);
    if (slots.ece !== void 0) out[slots.ece] = eceFromBins({ weight: binW, conf: binConf, hit: binHit });
    this.rankMetrics(counts, out);
  }
  rankMetrics(counts, out) {
    const { run, slots, rank } = this;
    if (!run.ranked) return;
    if (run.binary) {
      rankStats(run.ranked[0], counts, rank);
      put(out, slots.auc, rank.auc);
      put(out, slots.average_precision, rank.ap);
      return;
    }
    if (slots.auc_ovr_macro === void 0) return;
    let sum = 0;
    let m = 0;
    for (const r of run.ranked) {
      const a = rankStats(r, counts, rank).auc;
      if (Number.isFinite(a)) {
        sum += a;
        m++;
      }
    }
    out[slots.auc_ovr_macro] = m > 0 ? sum / m : NaN;
  }
};
function put(out, slot, v) {
  if (slot !== void 0) out[slot] = v;
}
var RegKernel = class {
  constructor(run, metrics) {
    this.run = run;
    this.metrics = metrics;
    this.slots = Object.fromEntries(metrics.map((m, j) => [m, j]));
    let sw = 0;
    let sy = 0;
    for (let i = 0; i < run.n; i++) {
      sw += run.w[i];
      sy += run.w[i] * run.y[i];
    }
    const mean2 = sy / sw;
    this.yc = new Float64Array(run.n);
    for (let i = 0; i < run.n; i++) this.yc[i] = run.y[i] - mean2;
    this.ape = null;
    if (metrics.includes("mape")) {
      this.ape = new Float64Array(run.n);
      for (let i = 0; i < run.n; i++) this.ape[i] = Math.abs(run.pred[i] - run.y[i]) / Math.abs(run.y[i]);
    }
  }
  run;
  metrics;
  slots;
  /** Target centred on its full-sample weighted mean: keeps Σy² - (Σy)²/W well conditioned. */
  yc;
  ape;
  evaluate(counts, out) {
    const { run, yc, ape, slots } = this;
    const { n, w, y, pred, se } = run;
    let tot = 0;
    let sse = 0;
    let sae = 0;
    let serr = 0;
    let sape = 0;
    let sy = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
      const c = counts === null ? 1 : counts[i];
      if (c === 0) continue;
      const wc = c * w[i];
      const e = pred[i] - y[i];
      tot += wc;
      sse += wc * se[i];
      sae += wc * Math.abs(e);
      serr += wc * e;
      if (ape) sape += wc * ape[i];
      const t = yc[i];
      sy += wc * t;
      syy += wc * t * t;
    }
    put(out, slots.rmse, Math.sqrt(sse / tot));
    put(out, slots.mae, sae / tot);
    put(out, slots.mean_error, serr / tot);
    put(out, slots.mape, sape / tot);
    put(out, slots.r2, r2FromSums(sse, syy - sy * sy / tot));
  }
};

// src/analysis/performance/prepare.ts
var PAIRING_MIN_MATCH = 0.9;
function unifyClasses(base, cur) {
  const classes = [...base ? base.classes : cur.classes];
  const index = new Map(classes.map((c, i) => [c, i]));
  const mapOf = (v) => Int32Array.from(v.classes, (c) => {
    let i = index.get(c);
    if (i === void 0) {
      i = classes.length;
      classes.push(c);
      index.set(c, i);
    }
    return i;
  });
  const baseMap = base ? mapOf(base) : null;
  const curMap = mapOf(cur);
  return { classes, baseMap, curMap };
}
function hasScores(v) {
  return v.task === "binary" ? v.score !== null : v.task === "multiclass" ? v.probs !== null && v.probs.length > 0 : false;
}
function capabilities(base, cur) {
  const views = base ? [base, cur] : [cur];
  const scores = views.every(hasScores);
  const probabilistic = scores && views.every(scoresInUnitInterval);
  return { scores, probabilistic, weighted: views.some((v) => v.weight !== null) };
}
function scoresInUnitInterval(v) {
  const cols = v.task === "binary" ? v.score ? [v.score] : [] : v.probs ?? [];
  for (const col of cols) {
    for (let i = 0; i < col.length; i++) {
      const p = col[i];
      if (p < 0 || p > 1) return false;
    }
  }
  return true;
}
function usableRows(v, caps) {
  const keep = [];
  const k = v.classes.length;
  for (let i = 0; i < v.n; i++) {
    const y = v.yTrue[i];
    const p = v.yPred ? v.yPred[i] : NaN;
    if (!Number.isFinite(y) || !Number.isFinite(p)) continue;
    if (v.weight) {
      const w = v.weight[i];
      if (!Number.isFinite(w) || w < 0) continue;
    }
    if (v.task !== "regression") {
      if (!Number.isInteger(y) || !Number.isInteger(p) || y < 0 || p < 0 || y >= k || p >= k) continue;
      if (caps.scores && !scoresFinite(v, i)) continue;
    }
    keep.push(i);
  }
  return Int32Array.from(keep);
}
function scoresFinite(v, i) {
  if (v.task === "binary") return v.score !== null && Number.isFinite(v.score[i]);
  for (const col of v.probs ?? []) if (!Number.isFinite(col[i])) return false;
  return true;
}
function pairRows(base, baseRows, cur, curRows) {
  if (!base.ids || !cur.ids) return { paired: false, reason: "no_ids", matchShare: 0 };
  const same = sameSequence(base.ids, cur.ids) ? positionalPairs(baseRows, curRows) : null;
  if (same) return same;
  const index = /* @__PURE__ */ new Map();
  for (let k = 0; k < baseRows.length; k++) {
    const id = base.ids[baseRows[k]];
    if (index.has(id)) return { paired: false, reason: "duplicate_ids", matchShare: 0 };
    index.set(id, baseRows[k]);
  }
  const partner = new Int32Array(base.n).fill(-1);
  let matched = 0;
  for (let k = 0; k < curRows.length; k++) {
    const b = index.get(cur.ids[curRows[k]]);
    if (b === void 0) continue;
    if (partner[b] !== -1) return { paired: false, reason: "duplicate_ids", matchShare: 0 };
    partner[b] = curRows[k];
    matched++;
  }
  const share = matched / Math.max(baseRows.length, curRows.length, 1);
  if (share < PAIRING_MIN_MATCH) return { paired: false, reason: "ids_differ", matchShare: share };
  const pb = new Int32Array(matched);
  const pc = new Int32Array(matched);
  let j = 0;
  for (let k = 0; k < baseRows.length; k++) {
    const b = baseRows[k];
    if (partner[b] === -1) continue;
    pb[j] = b;
    pc[j++] = partner[b];
  }
  return { paired: true, base: pb, cur: pc, unmatched: baseRows.length + curRows.length - 2 * matched };
}
function sameSequence(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function positionalPairs(baseRows, curRows) {
  const n = Math.max(baseRows.length, curRows.length);
  const inCur = new Uint8Array(n === 0 ? 0 : Math.max(baseRows[baseRows.length - 1] ?? 0, curRows[curRows.length - 1] ?? 0) + 1);
  for (let k = 0; k < curRows.length; k++) inCur[curRows[k]] = 1;
  const keep = [];
  for (let k = 0; k < baseRows.length; k++) if (inCur[baseRows[k]]) keep.push(baseRows[k]);
  if (keep.length / Math.max(n, 1) < PAIRING_MIN_MATCH) return null;
  const rows = Int32Array.from(keep);
  return { paired: true, base: rows, cur: rows, unmatched: baseRows.length + curRows.length - 2 * rows.length };
}
function scoreOrder(v, rows, space, map) {
  if (v.task !== "binary" || !v.score) return null;
  const flip = map[1] === 0 && space.classes.length === 2;
  const s = gatherF64(v.score, rows);
  if (flip) for (let k = 0; k < s.length; k++) s[k] = 1 - s[k];
  return argsortDescending(s);
}
function permute(rows, perm) {
  return perm ? gatherI32(rows, perm) : rows;
}
function weightsOf(v, rows) {
  return v.weight ? gatherF64(v.weight, rows) : new Float64Array(rows.length).fill(1);
}
function buildRegRun(v, rows) {
  const y = gatherF64(v.yTrue, rows);
  const pred = gatherF64(v.yPred, rows);
  const se = new Float64Array(rows.length);
  for (let i = 0; i < se.length; i++) se[i] = (pred[i] - y[i]) ** 2;
  return { kind: "reg", view: v, rows, n: rows.length, y, pred, w: weightsOf(v, rows), weighted: v.weight !== null, se };
}
function buildClassRun(v, rows, space, map, caps) {
  const n = rows.length;
  const k = v.task === "binary" ? 2 : space.classes.length;
  const binary = v.task === "binary";
  const y = new Int32Array(n);
  const pred = new Int32Array(n);
  const correct = new Uint8Array(n);
  const cell = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    y[i] = map[v.yTrue[r]];
    pred[i] = map[v.yPred[r]];
    correct[i] = y[i] === pred[i] ? 1 : 0;
    cell[i] = y[i] * k + pred[i];
  }
  const w = weightsOf(v, rows);
  let score = null;
  let probs = null;
  if (caps.scores && binary && v.score) {
    score = gatherF64(v.score, rows);
    if (map[1] === 0) for (let i = 0; i < n; i++) score[i] = 1 - score[i];
  }
  if (caps.scores && !binary && v.probs) {
    probs = [];
    for (let c = 0; c < k; c++) probs.push(new Float64Array(n));
    v.probs.forEach((col, vc) => {
      const target = probs[map[vc]];
      for (let i = 0; i < n; i++) target[i] = col[rows[i]];
    });
  }
  const derived = caps.probabilistic ? probabilisticTerms(y, score, probs) : null;
  const ranked = score ? [rankRows(score, y, 1, v.weight ? w : null)] : probs ? probs.map((col, c) => rankRows(col, y, c, v.weight ? w : null)) : null;
  return {
    kind: "class",
    view: v,
    rows,
    n,
    k,
    binary,
    y,
    pred,
    w,
    weighted: v.weight !== null,
    correct,
    cell,
    score,
    probs,
    ll: derived?.ll ?? null,
    br: derived?.br ?? null,
    conf: derived?.conf ?? null,
    hit: derived?.hit ?? null,
    bin: derived?.bin ?? null,
    ranked
  };
}
function probabilisticTerms(y, score, probs) {
  const n = y.length;
  const ll = new Float64Array(n);
  const br = new Float64Array(n);
  const conf = new Float64Array(n);
  const hit = new Uint8Array(n);
  const bin = new Uint8Array(n);
  if (score) {
    for (let i = 0; i < n; i++) {
      const p = score[i];
      ll[i] = binaryLogLossRow(y[i], p);
      br[i] = (y[i] - p) ** 2;
      conf[i] = p;
      hit[i] = y[i];
      bin[i] = eceBin(p);
    }
    return { ll, br, conf, hit, bin };
  }
  if (!probs) return null;
  for (let i = 0; i < n; i++) {
    ll[i] = multiclassLogLossRow(y[i], probs, i);
    br[i] = multiclassBrierRow(y[i], probs, i);
    let top = 0;
    for (let c = 1; c < probs.length; c++) if (probs[c][i] > probs[top][i]) top = c;
    conf[i] = probs[top][i];
    hit[i] = top === y[i] ? 1 : 0;
    bin[i] = eceBin(conf[i]);
  }
  return { ll, br, conf, hit, bin };
}

// src/analysis/performance/special.ts
var EPS2 = 1e-16;
var TINY = 1e-300;
var MAX_ITER = 1e4;
function gammaQ(a, x) {
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - gammaPSeries(a, x);
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d2 = 1 / b;
  let h = d2;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d2 = an * d2 + b;
    if (Math.abs(d2) < TINY) d2 = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d2 = 1 / d2;
    const del = d2 * c;
    h *= del;
    if (Math.abs(del - 1) < EPS2) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
function gammaPSeries(a, x) {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let i = 0; i < MAX_ITER; i++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS2) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function betaInc(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return Math.exp(lnFront) * betaContinuedFraction(x, a, b) / a;
  return 1 - Math.exp(lnFront) * betaContinuedFraction(1 - x, b, a) / b;
}
function betaContinuedFraction(x, a, b) {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d2 = 1 - qab * x / qap;
  if (Math.abs(d2) < TINY) d2 = TINY;
  d2 = 1 / d2;
  let h = d2;
  for (let m = 1; m < MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d2 = 1 + aa * d2;
    if (Math.abs(d2) < TINY) d2 = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d2 = 1 / d2;
    h *= d2 * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d2 = 1 + aa * d2;
    if (Math.abs(d2) < TINY) d2 = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d2 = 1 / d2;
    const del = d2 * c;
    h *= del;
    if (Math.abs(del - 1) < EPS2) break;
  }
  return h;
}
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  const q = gammaQ(0.5, x * x);
  return x >= 0 ? q : 2 - q;
}
function normalCdf(z) {
  return 0.5 * erfc(-z / Math.SQRT2);
}
function normalTwoSidedP(z) {
  if (Number.isNaN(z)) return NaN;
  return erfc(Math.abs(z) / Math.SQRT2);
}
function studentTwoSidedP(t, df) {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  return betaInc(df / (df + t * t), df / 2, 0.5);
}
function normalQuantile(p) {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d2 = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const plow = 0.02425;
  let x;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d2[0] * q + d2[1]) * q + d2[2]) * q + d2[3]) * q + 1);
  } else if (p <= 1 - plow) {
    const q = p - 0.5;
    const r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d2[0] * q + d2[1]) * q + d2[2]) * q + d2[3]) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}

// src/analysis/performance/delong.ts
function placements(rows, score, positive, out = new Float64Array(score.length)) {
  let m = 0;
  for (let j2 = 0; j2 < rows.length; j2++) m += positive[rows[j2]] ? 1 : 0;
  const n = rows.length - m;
  if (m < 2 || n < 2) return null;
  let posAbove = 0;
  let negAbove = 0;
  let j = 0;
  while (j < rows.length) {
    const s = score[rows[j]];
    let gPos = 0;
    let k = j;
    for (; k < rows.length && score[rows[k]] === s; k++) gPos += positive[rows[k]] ? 1 : 0;
    const gNeg = k - j - gPos;
    const v10 = (n - negAbove - gNeg + 0.5 * gNeg) / n;
    const v01 = (posAbove + 0.5 * gPos) / m;
    for (let q = j; q < k; q++) out[rows[q]] = positive[rows[q]] ? v10 : v01;
    posAbove += gPos;
    negAbove += gNeg;
    j = k;
  }
  let auc = 0;
  for (let q = 0; q < rows.length; q++) if (positive[rows[q]]) auc += out[rows[q]];
  auc /= m;
  let s10 = 0;
  let s01 = 0;
  for (let q = 0; q < rows.length; q++) {
    const r = rows[q];
    const d2 = out[r] - auc;
    if (positive[r]) s10 += d2 * d2;
    else s01 += d2 * d2;
  }
  return { auc, m, n, v: out, s10: s10 / (m - 1), s01: s01 / (n - 1) };
}
function compareAucs(b, c, paired, level) {
  const varB = b.s10 / b.m + b.s01 / b.n;
  const varC = c.s10 / c.m + c.s01 / c.n;
  let cov = 0;
  if (paired) {
    let c10 = 0;
    let c01 = 0;
    const { rows, positive } = paired;
    for (let q = 0; q < rows.length; q++) {
      const r = rows[q];
      const prod = (b.v[r] - b.auc) * (c.v[r] - c.auc);
      if (positive[r]) c10 += prod;
      else c01 += prod;
    }
    cov = c10 / (b.m - 1) / b.m + c01 / (b.n - 1) / b.n;
  }
  const delta = c.auc - b.auc;
  const sd = Math.sqrt(Math.max(0, varB + varC - 2 * cov));
  const p = sd > 0 ? normalTwoSidedP(delta / sd) : delta === 0 ? 1 : 0;
  const z = normalQuantile(1 - (1 - level) / 2);
  return { base: b.auc, cur: c.auc, delta, p, ci: [delta - z * sd, delta + z * sd], paired: paired !== null };
}

// src/analysis/performance/segment-tests.ts
var M = 16;
var N_ROWS = 0;
var S0 = 1;
var S1 = 2;
var Q0 = 3;
var Q1 = 4;
var Q2 = 5;
var CUR = 6;
var P0 = 12;
var PB = 13;
var PC = 14;
var P2 = 15;
function accumulateRun(acc, block, cell, x, w) {
  if (w === null) {
    for (let i = 0; i < cell.length; i++) {
      const c = cell[i];
      if (c < 0) continue;
      const o = c * M + block;
      const xi = x[i];
      acc[o] += 1;
      acc[o + S1] += xi;
      acc[o + Q2] += xi * xi;
    }
    completeUnit(acc, block);
    return;
  }
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c < 0) continue;
    const o = c * M + block;
    const wi = w[i];
    const xi = x[i];
    const ww = wi * wi;
    acc[o] += 1;
    acc[o + S0] += wi;
    acc[o + S1] += wi * xi;
    acc[o + Q0] += ww;
    acc[o + Q1] += ww * xi;
    acc[o + Q2] += ww * xi * xi;
  }
}
function completeUnit(acc, block) {
  for (let o = 0; o < acc.length; o += M) {
    acc[o + block + S0] = acc[o + block];
    acc[o + block + Q0] = acc[o + block];
    acc[o + block + Q1] = acc[o + block + S1];
  }
}
function accumulatePaired(acc, cell, xb, wb, xc, wc) {
  if (wb === null && wc === null) {
    for (let i = 0; i < cell.length; i++) {
      const c = cell[i];
      if (c < 0) continue;
      const o = c * M;
      const b = xb[i];
      const x = xc[i];
      acc[o] += 1;
      acc[o + S1] += b;
      acc[o + Q2] += b * b;
      acc[o + CUR + S1] += x;
      acc[o + CUR + Q2] += x * x;
      acc[o + P2] += b * x;
    }
    for (let o = 0; o < acc.length; o += M) {
      const n = acc[o];
      acc[o + CUR] = n;
      acc[o + P0] = n;
      acc[o + PB] = acc[o + S1];
      acc[o + PC] = acc[o + CUR + S1];
    }
    completeUnit(acc, 0);
    completeUnit(acc, CUR);
    return;
  }
  const ones = new Float64Array(cell.length).fill(1);
  const wB = wb ?? ones;
  const wC = wc ?? ones;
  accumulateRun(acc, 0, cell, xb, wB);
  accumulateRun(acc, CUR, cell, xc, wC);
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c < 0) continue;
    const o = c * M;
    const ww = wB[i] * wC[i];
    acc[o + P0] += ww;
    acc[o + PB] += ww * xb[i];
    acc[o + PC] += ww * xc[i];
    acc[o + P2] += ww * xb[i] * xc[i];
  }
}
function weightedVariances(m, o, paired) {
  const sb = m[o + S0];
  const sc = m[o + CUR + S0];
  const mb = m[o + S1] / sb;
  const mc = m[o + CUR + S1] / sc;
  const vb = (m[o + Q2] - 2 * mb * m[o + Q1] + mb * mb * m[o + Q0]) / (sb * sb);
  const vc = (m[o + CUR + Q2] - 2 * mc * m[o + CUR + Q1] + mc * mc * m[o + CUR + Q0]) / (sc * sc);
  const cov = paired ? (m[o + P2] - mc * m[o + PB] - mb * m[o + PC] + mb * mc * m[o + P0]) / (sb * sc) : 0;
  return { vb: Math.max(0, vb), vc: Math.max(0, vc), cov };
}
function deltaStandardError(m, o, paired) {
  const v = weightedVariances(m, o, paired);
  return Math.sqrt(Math.max(0, v.vb + v.vc - 2 * v.cov));
}
function sampleVariances(m, o, paired) {
  const nb = m[o + N_ROWS];
  const nc = m[o + CUR + N_ROWS];
  const mb = m[o + S1] / nb;
  const mc = m[o + CUR + S1] / nc;
  const vb = nb > 1 ? Math.max(0, (m[o + Q2] - nb * mb * mb) / (nb - 1)) / nb : 0;
  const vc = nc > 1 ? Math.max(0, (m[o + CUR + Q2] - nc * mc * mc) / (nc - 1)) / nc : 0;
  const cov = paired && nb > 1 ? (m[o + P2] - nb * mb * mc) / (nb - 1) / nb : 0;
  return { vb, vc, cov };
}
function pOfStatistic(diff, se, df) {
  if (!(se > 0)) return diff === 0 ? 1 : 0;
  const t = diff / se;
  return df === null ? normalTwoSidedP(t) : studentTwoSidedP(t, df);
}
function normalInterval(delta, sd, level) {
  if (!Number.isFinite(sd)) return null;
  const z = normalQuantile(1 - (1 - level) / 2);
  return [delta - z * sd, delta + z * sd];
}
function primaryTest(m, o, setup, interval) {
  const nb = m[o + N_ROWS];
  const nc = m[o + CUR + N_ROWS];
  if (nb === 0 || nc === 0) return null;
  const meanBase = m[o + S1] / m[o + S0];
  const meanCur = m[o + CUR + S1] / m[o + CUR + S0];
  return setup.kind === "class" ? accuracyTest(m, o, setup, interval, meanBase, meanCur) : rmseTest(m, o, setup, interval, meanBase, meanCur);
}
function accuracyTest(m, o, setup, interval, mb, mc) {
  const delta = mc - mb;
  const common = { base: mb, cur: mc, delta, meanBase: mb, meanCur: mc };
  if (setup.weighted) {
    const v = weightedVariances(m, o, setup.paired);
    const sd = Math.sqrt(Math.max(0, v.vb + v.vc - 2 * v.cov));
    return { ...common, p: pOfStatistic(delta, sd, null), ci: interval ? normalInterval(delta, sd, interval.level) : null, test: "weighted_z" };
  }
  const nb = m[o + N_ROWS];
  const nc = m[o + CUR + N_ROWS];
  const kb = m[o + S1];
  const kc = m[o + CUR + S1];
  if (setup.paired) {
    const both = m[o + P2];
    const baseOnly = kb - both;
    const curOnly = kc - both;
    const ci2 = interval ? pairedCountInterval(nb, baseOnly, curOnly, interval) : null;
    return { ...common, p: mcnemarExact(baseOnly, curOnly), ci: ci2, test: "mcnemar_exact" };
  }
  const ci = interval ? twoBinomialInterval(nb, kb, nc, kc, interval) : null;
  return { ...common, p: fisherExact(kb, nb - kb, kc, nc - kc), ci, test: "fisher_exact" };
}
function pairedCountInterval(n, baseOnly, curOnly, s) {
  const d2 = new Float64Array(s.resamples);
  const probs = [baseOnly / n, curOnly / n, (n - baseOnly - curOnly) / n];
  const cells = new Int32Array(3);
  for (let r = 0; r < s.resamples; r++) {
    multinomialSmall(s.rng, n, probs, cells);
    d2[r] = (cells[1] - cells[0]) / n;
  }
  return percentileInterval(d2, s.level);
}
function twoBinomialInterval(nb, kb, nc, kc, s) {
  const d2 = new Float64Array(s.resamples);
  for (let r = 0; r < s.resamples; r++) d2[r] = binomialSample(s.rng, nc, kc / nc) / nc - binomialSample(s.rng, nb, kb / nb) / nb;
  return percentileInterval(d2, s.level);
}
function rmseTest(m, o, setup, interval, mseB, mseC) {
  const base = Math.sqrt(mseB);
  const cur = Math.sqrt(mseC);
  const delta = cur - base;
  const v = setup.weighted ? weightedVariances(m, o, setup.paired) : sampleVariances(m, o, setup.paired);
  const diff = mseC - mseB;
  let p;
  let test;
  if (setup.weighted) {
    p = pOfStatistic(diff, Math.sqrt(Math.max(0, v.vb + v.vc - 2 * v.cov)), null);
    test = "weighted_z";
  } else if (setup.paired) {
    const n = m[o + N_ROWS];
    p = pOfStatistic(diff, Math.sqrt(Math.max(0, v.vb + v.vc - 2 * v.cov)), n - 1);
    test = "paired_t";
  } else {
    const nb = m[o + N_ROWS];
    const nc = m[o + CUR + N_ROWS];
    const df = (v.vb + v.vc) ** 2 / (v.vb ** 2 / (nb - 1) + v.vc ** 2 / (nc - 1));
    p = pOfStatistic(diff, Math.sqrt(v.vb + v.vc), df);
    test = "welch_t";
  }
  let ci = null;
  if (interval && base > 0 && cur > 0) {
    const sd = Math.sqrt(Math.max(0, v.vc / (4 * mseC) + v.vb / (4 * mseB) - 2 * v.cov / (4 * base * cur)));
    ci = normalInterval(delta, sd, interval.level);
  }
  return { base, cur, delta, p, ci, test, meanBase: mseB, meanCur: mseC };
}

// src/analysis/performance/segments.ts
function labelMoments(c, seg2) {
  const acc = new Float64Array(seg2.labels.length * M);
  if (c.paired) accumulatePaired(acc, seg2.cur, c.xBase, c.momentWeightsBase, c.xCur, c.momentWeightsCur);
  else {
    accumulateRun(acc, 0, seg2.base, c.xBase, c.momentWeightsBase);
    accumulateRun(acc, CUR, seg2.cur, c.xCur, c.momentWeightsCur);
  }
  return acc;
}
function supported(acc, label, minSupport) {
  return Math.min(acc[label * M + N_ROWS], acc[label * M + CUR + N_ROWS]) >= Math.max(1, minSupport);
}
function intervalSetup(c, key) {
  return { rng: createRng(deriveSeed(c.opts.seed, key)), resamples: c.opts.resamples, level: 1 - c.opts.alpha };
}
function primaryResults(c, seg2, acc) {
  const out = [];
  for (let l = 0; l < seg2.labels.length; l++) {
    if (!supported(acc, l, c.opts.minSupport)) continue;
    const value = seg2.labels[l];
    const t = primaryTest(acc, l * M, c.setup, intervalSetup(c, `segment:${seg2.column}=${value}:${c.primary}`));
    if (!t) continue;
    const mass = dropMass(c, acc[l * M + CUR + S0], t.meanBase, t.meanCur);
    out.push({
      column: seg2.column,
      value,
      kind: seg2.kind,
      metric: c.primary,
      nBase: acc[l * M + N_ROWS],
      nCurrent: acc[l * M + CUR + N_ROWS],
      baseline: t.base,
      current: t.cur,
      delta: t.delta,
      ci: t.ci,
      pValue: t.p,
      worse: c.setup.kind === "class" ? t.delta < 0 : t.delta > 0,
      test: t.test,
      dropMass: mass,
      shareOfDrop: shareOf(c, mass)
    });
  }
  return out;
}
function aucWork(c) {
  const { base, cur } = c;
  if (base.kind !== "class" || cur.kind !== "class" || !base.binary || !base.score || !cur.score || c.setup.weighted) return null;
  return {
    posBase: positives(base.y),
    posCur: positives(cur.y),
    bufBase: new Float64Array(base.n),
    bufCur: new Float64Array(cur.n)
  };
}
function positives(y) {
  const out = new Uint8Array(y.length);
  for (let i = 0; i < y.length; i++) out[i] = y[i] === 1 ? 1 : 0;
  return out;
}
function splitByLabel(order, codes, labels) {
  const size = new Int32Array(labels);
  for (let j = 0; j < order.length; j++) {
    const l = codes[order[j]];
    if (l >= 0) size[l]++;
  }
  const out = Array.from(size, (k) => new Int32Array(k));
  const fill = new Int32Array(labels);
  for (let j = 0; j < order.length; j++) {
    const r = order[j];
    const l = codes[r];
    if (l >= 0) out[l][fill[l]++] = r;
  }
  return out;
}
function sameLabels(rows, a, b) {
  for (let q = 0; q < rows.length; q++) if (a[rows[q]] !== b[rows[q]]) return false;
  return true;
}
function aucResults(c, seg2, acc, work) {
  const out = [];
  const { base, cur } = c;
  if (base.kind !== "class" || cur.kind !== "class") return out;
  const level = 1 - c.opts.alpha;
  const byLabelB = splitByLabel(base.ranked[0].order, seg2.base, seg2.labels.length);
  const byLabelC = splitByLabel(cur.ranked[0].order, seg2.cur, seg2.labels.length);
  for (let l = 0; l < seg2.labels.length; l++) {
    if (!supported(acc, l, c.opts.minSupport)) continue;
    const pb = placements(byLabelB[l], base.score, work.posBase, work.bufBase);
    const pc = placements(byLabelC[l], cur.score, work.posCur, work.bufCur);
    if (!pb || !pc) continue;
    const paired = c.paired && sameLabels(byLabelB[l], work.posBase, work.posCur);
    const cmp = compareAucs(pb, pc, paired ? { rows: byLabelB[l], positive: work.posBase } : null, level);
    const mass = dropMass(c, acc[l * M + CUR + S0], cmp.base, cmp.cur);
    out.push({
      column: seg2.column,
      value: seg2.labels[l],
      kind: seg2.kind,
      metric: "auc",
      nBase: acc[l * M + N_ROWS],
      nCurrent: acc[l * M + CUR + N_ROWS],
      baseline: cmp.base,
      current: cmp.cur,
      delta: cmp.delta,
      ci: cmp.ci,
      pValue: cmp.p,
      worse: cmp.delta < 0,
      test: cmp.paired ? "delong_paired" : "delong_unpaired",
      dropMass: mass,
      // AUC is not additive over segments: no share of the overall drop.
      shareOfDrop: null
    });
  }
  return out;
}
function scanSegments(c, segmenters2) {
  const pending = [];
  const moments = [];
  const work = aucWork(c);
  for (const seg2 of segmenters2) {
    const acc = labelMoments(c, seg2);
    moments.push(acc);
    pending.push(...primaryResults(c, seg2, acc));
    if (work) pending.push(...aucResults(c, seg2, acc, work));
  }
  const q = benjaminiHochberg(pending.map((r) => r.pValue));
  const results = pending.map((r, i) => ({ ...r, qValue: q[i], significant: q[i] <= c.opts.alpha }));
  results.sort(segmentOrder);
  return { results, moments };
}
function segmentOrder(a, b) {
  const ra = a.significant && a.worse ? 0 : 1;
  const rb = b.significant && b.worse ? 0 : 1;
  return ra - rb || b.dropMass - a.dropMass || a.pValue - b.pValue || compareText(a.column, b.column) || compareText(a.value, b.value) || compareText(a.metric, b.metric);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/analysis/performance/slices.ts
var MAX_SLICES = 5;
var PAIR_COLUMNS = 12;
var COVER_POOL = 25;
var EXPLAINED_ENOUGH = 0.9;
var MIN_MARGINAL_SHARE = 0.05;
function candidatesOf(c, terms, acc, cells) {
  const out = [];
  for (let cell = 0; cell < cells; cell++) {
    if (!supported(acc, cell, c.opts.minSupport)) continue;
    const t = primaryTest(acc, cell * M, c.setup, null);
    if (!t) continue;
    out.push({
      terms: terms(cell),
      moments: acc,
      offset: cell * M,
      p: t.p,
      mass: dropMass(c, acc[cell * M + CUR + S0], t.meanBase, t.meanCur),
      worse: c.setup.kind === "class" ? t.delta < 0 : t.delta > 0
    });
  }
  return out;
}
function pairCells(a, b, lb) {
  const out = new Int32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] < 0 || b[i] < 0 ? -1 : a[i] * lb + b[i];
  return out;
}
function pairCandidates(c, segs, ia, ib) {
  const a = segs[ia];
  const b = segs[ib];
  const lb = b.labels.length;
  const cells = a.labels.length * lb;
  const acc = new Float64Array(cells * M);
  const cellCur = pairCells(a.cur, b.cur, lb);
  if (c.paired) accumulatePaired(acc, cellCur, c.xBase, c.momentWeightsBase, c.xCur, c.momentWeightsCur);
  else {
    accumulateRun(acc, 0, pairCells(a.base, b.base, lb), c.xBase, c.momentWeightsBase);
    accumulateRun(acc, CUR, cellCur, c.xCur, c.momentWeightsCur);
  }
  return candidatesOf(c, (cell) => [{ seg: ia, label: Math.floor(cell / lb) }, { seg: ib, label: cell % lb }], acc, cells);
}
function columnsToPair(single, count) {
  const best = /* @__PURE__ */ new Map();
  for (const cand of single) {
    const s = cand.terms[0].seg;
    best.set(s, Math.max(best.get(s) ?? -Infinity, cand.mass));
  }
  return [...best.entries()].filter(([, m]) => m > 0).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, count).map(([s]) => s).sort((x, y) => x - y);
}
function contains(outer, inner) {
  return outer.every((o) => inner.some((t) => t.seg === o.seg && t.label === o.label));
}
function related(a, b) {
  return contains(a, b) || contains(b, a);
}
function members(terms, segs, run, n) {
  const codes = terms.map((t) => run === "base" ? segs[t.seg].base : segs[t.seg].cur);
  const out = [];
  for (let i = 0; i < n; i++) {
    let ok = true;
    for (let k = 0; k < terms.length; k++) {
      if (codes[k][i] !== terms[k].label) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(i);
  }
  return Int32Array.from(out);
}
function uncoveredMoments(c, rowsBase, rowsCur, cover) {
  const acc = new Float64Array(M);
  addRows(acc, 0, rowsBase, cover.base, c.xBase, c.base.w);
  addRows(acc, CUR, rowsCur, cover.cur, c.xCur, c.cur.w);
  if (c.paired) {
    for (let k = 0; k < rowsBase.length; k++) {
      const r = rowsBase[k];
      if (cover.base[r]) continue;
      const ww = c.base.w[r] * c.cur.w[r];
      acc[P0] += ww;
      acc[PB] += ww * c.xBase[r];
      acc[PC] += ww * c.xCur[r];
      acc[P2] += ww * c.xBase[r] * c.xCur[r];
    }
  }
  return acc;
}
function addRows(acc, block, rows, covered, x, w) {
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (covered[r]) continue;
    const wi = w[r];
    const xi = x[r];
    acc[block] += 1;
    acc[block + S0] += wi;
    acc[block + S1] += wi * xi;
    acc[block + Q0] += wi * wi;
    acc[block + Q1] += wi * wi * xi;
    acc[block + Q2] += wi * wi * xi * xi;
  }
}
function sumsOf(m) {
  return { wb: m[S0], sb: m[S1], wc: m[CUR + S0], sc: m[CUR + S1] };
}
function allUncovered(c, cover) {
  const out = { wb: 0, sb: 0, wc: 0, sc: 0 };
  for (let r = 0; r < c.base.n; r++) {
    if (cover.base[r]) continue;
    out.wb += c.base.w[r];
    out.sb += c.base.w[r] * c.xBase[r];
  }
  for (let r = 0; r < c.cur.n; r++) {
    if (cover.cur[r]) continue;
    out.wc += c.cur.w[r];
    out.sc += c.cur.w[r] * c.xCur[r];
  }
  return out;
}
function worsening(c, s) {
  if (s.wb <= 0 || s.wc <= 0) return NaN;
  const d2 = s.sc / s.wc - s.sb / s.wb;
  return c.setup.kind === "class" ? -d2 : d2;
}
function massOfSums(c, s) {
  if (s.wb <= 0 || s.wc <= 0) return 0;
  return dropMass(c, s.wc, s.sb / s.wb, s.sc / s.wc);
}
function contrastScore(c, inside, pool) {
  const rest = { wb: pool.wb - inside.wb, sb: pool.sb - inside.sb, wc: pool.wc - inside.wc, sc: pool.sc - inside.sc };
  const dIn = worsening(c, inside);
  const dOut = worsening(c, rest);
  if (!(dIn > dOut)) return 0;
  const nIn = inside.wc;
  const nOut = rest.wc;
  return nIn * nOut / (nIn + nOut) * (dIn - dOut) ** 2;
}
function explainedMass(c, cover) {
  const open = allUncovered(c, cover);
  const all = allUncovered(c, { base: new Uint8Array(c.base.n), cur: new Uint8Array(c.cur.n) });
  return massOfSums(c, { wb: all.wb - open.wb, sb: all.sb - open.sb, wc: all.wc - open.wc, sc: all.sc - open.sc });
}
function byMass(a, b) {
  return b.mass - a.mass || a.terms.length - b.terms.length || a.p - b.p || compareText(termKey(a.terms), termKey(b.terms));
}
function termKey(terms) {
  return terms.map((t) => `${t.seg}:${t.label}`).join("|");
}
function conditionsOf(terms, segs) {
  return terms.map((t) => ({ column: segs[t.seg].column, value: segs[t.seg].labels[t.label] }));
}
function discoverSlices(c, segs, singleMoments) {
  const single = [];
  segs.forEach((seg2, s) => single.push(...candidatesOf(c, (l) => [{ seg: s, label: l }], singleMoments[s], seg2.labels.length)));
  const cols = columnsToPair(single, PAIR_COLUMNS);
  const all = [...single];
  for (let i = 0; i < cols.length; i++) for (let j = i + 1; j < cols.length; j++) all.push(...pairCandidates(c, segs, cols[i], cols[j]));
  const q = benjaminiHochberg(all.map((x) => x.p));
  const qOf = new Map(all.map((x, i) => [x, q[i]]));
  const coverBase = new Uint8Array(c.base.n);
  const cover = { base: coverBase, cur: c.paired ? coverBase : new Uint8Array(c.cur.n) };
  const pool = all.filter((x, i) => x.worse && q[i] <= c.opts.alpha && x.mass > 0).sort(byMass).slice(0, COVER_POOL);
  const rowsOf = /* @__PURE__ */ new Map();
  const rowsFor = (cand) => {
    let rows = rowsOf.get(cand);
    if (!rows) {
      const b = members(cand.terms, segs, "base", c.base.n);
      rows = { b, c: c.paired ? b : members(cand.terms, segs, "cur", c.cur.n) };
      rowsOf.set(cand, rows);
    }
    return rows;
  };
  const chosen = [];
  const minMarginal = c.overallDrop > 0 ? MIN_MARGINAL_SHARE * c.overallDrop : 0;
  while (chosen.length < MAX_SLICES) {
    const open = allUncovered(c, cover);
    const steps = [];
    for (const cand of pool) {
      if (chosen.some((ch) => related(ch.cand.terms, cand.terms))) continue;
      let m;
      if (chosen.length === 0) m = cand.moments.subarray(cand.offset, cand.offset + M);
      else {
        const rows2 = rowsFor(cand);
        m = uncoveredMoments(c, rows2.b, rows2.c, cover);
      }
      const inside = sumsOf(m);
      const mass = massOfSums(c, inside);
      if (!(mass > minMarginal)) continue;
      const se = inside.wc / c.totalWeightCur * deltaStandardError(m, 0, c.paired);
      steps.push({ cand, mass, se, score: contrastScore(c, inside, open) });
    }
    if (steps.length === 0) break;
    const top = steps.reduce((a, b) => b.mass > a.mass ? b : a);
    const pick2 = steps.filter((x) => x.mass >= top.mass - top.se).reduce((a, b) => b.score > a.score || b.score === a.score && b.mass > a.mass ? b : a);
    chosen.push({ cand: pick2.cand, marginal: pick2.mass });
    const rows = rowsFor(pick2.cand);
    for (const r of rows.b) cover.base[r] = 1;
    for (const r of rows.c) cover.cur[r] = 1;
    if (c.overallDrop > 0 && explainedMass(c, cover) / c.overallDrop >= EXPLAINED_ENOUGH) break;
  }
  const slices = chosen.map(({ cand, marginal }) => {
    const key = `slice:${conditionsOf(cand.terms, segs).map((t2) => `${t2.column}=${t2.value}`).join("&")}`;
    const t = primaryTest(cand.moments, cand.offset, c.setup, intervalSetup(c, key));
    return {
      conditions: conditionsOf(cand.terms, segs),
      metric: c.primary,
      nBase: cand.moments[cand.offset + N_ROWS],
      nCurrent: cand.moments[cand.offset + CUR + N_ROWS],
      baseline: t.base,
      current: t.cur,
      delta: t.delta,
      ci: t.ci,
      pValue: t.p,
      qValue: qOf.get(cand),
      test: t.test,
      dropMass: cand.mass,
      shareOfDrop: shareOf(c, cand.mass),
      marginalShare: shareOf(c, marginal)
    };
  });
  const explained = chosen.length > 0 ? explainedMass(c, cover) : 0;
  return {
    metric: c.primary,
    overallDrop: c.overallDrop,
    slices,
    explainedShare: shareOf(c, explained),
    candidatesTested: all.length
  };
}

// src/analysis/performance/trivial.ts
function trivialBaselines(run, classes) {
  if (run.kind === "reg") {
    let sw = 0;
    let sy = 0;
    for (let i = 0; i < run.n; i++) {
      sw += run.w[i];
      sy += run.w[i] * run.y[i];
    }
    const mean2 = sy / sw;
    let ss = 0;
    for (let i = 0; i < run.n; i++) ss += run.w[i] * (run.y[i] - mean2) ** 2;
    return { majorityAccuracy: null, majorityClass: null, priorLogLoss: null, meanRmse: Math.sqrt(ss / sw) };
  }
  const freq = new Float64Array(run.k);
  let tot = 0;
  for (let i = 0; i < run.n; i++) {
    freq[run.y[i]] += run.w[i];
    tot += run.w[i];
  }
  let top = 0;
  let entropy = 0;
  for (let c = 0; c < run.k; c++) {
    if (freq[c] > freq[top]) top = c;
    const p = freq[c] / tot;
    if (p > 0) entropy -= p * Math.log(p);
  }
  return {
    majorityAccuracy: tot > 0 ? freq[top] / tot : null,
    majorityClass: tot > 0 ? classes[top] : null,
    priorLogLoss: tot > 0 ? entropy : null,
    meanRmse: null
  };
}

// src/analysis/performance/analyze.ts
function comparableBaseline(base, cur, notes) {
  if (!base) return null;
  if (base.task !== cur.task) {
    notes.push(`The task changed from ${base.task} to ${cur.task}; the current run is reported alone.`);
    return null;
  }
  if (!base.yPred) {
    notes.push(`The baseline table ${base.path} has no predictions or scores; the current run is reported alone.`);
    return null;
  }
  if (cur.task === "binary") {
    const names = /* @__PURE__ */ new Set([...base.classes, ...cur.classes]);
    if (names.size > 2) {
      notes.push(`The binary runs have different classes (${[...names].join(", ")}); the current run is reported alone.`);
      return null;
    }
  }
  return base;
}
function pairingNote(reason, share) {
  if (reason === "no_ids") return "No id column in both runs: rows were compared as independent samples (unpaired).";
  if (reason === "duplicate_ids") return "Ids repeat within a run: rows were compared as independent samples (unpaired).";
  return `Only ${(100 * share).toFixed(1)}% of rows match by id: the eval set itself changed, so runs were compared as independent samples (unpaired) and deltas mix model and data changes.`;
}
function prepare(baseIn, cur) {
  const notes = [];
  const base = comparableBaseline(baseIn, cur, notes);
  const space = cur.task === "regression" ? null : unifyClasses(base, cur);
  const caps = capabilities(base, cur);
  if (caps.scores && !caps.probabilistic) notes.push("Scores fall outside [0, 1]: log loss, Brier and calibration were skipped.");
  const rowsC = usableRows(cur, caps);
  const rowsB = base ? usableRows(base, caps) : null;
  const droppedCurrent = cur.n - rowsC.length;
  const droppedBase = base && rowsB ? base.n - rowsB.length : 0;
  if (droppedCurrent > 0 || droppedBase > 0) {
    notes.push(`Rows without a usable label, prediction, score or weight were left out: ${droppedBase} baseline, ${droppedCurrent} current.`);
  }
  let analysisB = rowsB;
  let analysisC = rowsC;
  let paired = false;
  if (base && rowsB) {
    const p = pairRows(base, rowsB, cur, rowsC);
    if (p.paired) {
      paired = true;
      analysisB = p.base;
      analysisC = p.cur;
      if (p.unmatched > 0) notes.push(`${p.unmatched} rows without a partner id in the other run were left out of the paired comparison.`);
    } else notes.push(pairingNote(p.reason, p.matchShare));
  }
  if (space && base && analysisB && paired) {
    const perm = scoreOrder(base, analysisB, space, space.baseMap);
    analysisB = permute(analysisB, perm);
    analysisC = permute(analysisC, perm);
  } else if (space) {
    if (base && analysisB) analysisB = permute(analysisB, scoreOrder(base, analysisB, space, space.baseMap));
    analysisC = permute(analysisC, scoreOrder(cur, analysisC, space, space.curMap));
  }
  const build = (v, rows, map) => space && map ? buildClassRun(v, rows, space, map, caps) : buildRegRun(v, rows);
  const runB = base && analysisB ? build(base, analysisB, space ? space.baseMap : null) : null;
  const runC = build(cur, analysisC, space ? space.curMap : null);
  return {
    base: runB,
    cur: runC,
    paired,
    space,
    caps,
    droppedBase,
    droppedCurrent,
    notes,
    src: { base: base && analysisB ? { view: base, rows: analysisB } : null, cur: { view: cur, rows: analysisC }, paired }
  };
}
function calibrationRows(run) {
  return run.conf && run.hit ? { conf: run.conf, hit: run.hit, weight: run.weighted ? run.w : null } : null;
}
function calibrationSummary(run, brier) {
  if (run.kind !== "class") return null;
  const rows = calibrationRows(run);
  if (!rows) return null;
  const known = run.binary && run.ranked && run.bin ? { bin: run.bin, ascending: ascendingFromDescending(run.ranked[0].order, rows.conf) } : null;
  return summarizeCalibration(rows, brier, known);
}
function calibration(p, metrics) {
  const ece = metrics.find((m) => m.name === "ece") ?? null;
  const brier = metrics.find((m) => m.name === "brier") ?? null;
  if (!ece || !brier || brier.current === null) return null;
  const current = calibrationSummary(p.cur, brier.current);
  if (!current) return null;
  const baseline = p.base && brier.baseline !== null ? calibrationSummary(p.base, brier.baseline) : null;
  return {
    kind: p.cur.kind === "class" && p.cur.binary ? "positive_class" : "top_label",
    baseline,
    current,
    ece: p.base ? ece : null,
    brier: p.base ? brier : null
  };
}
function segmenters(p) {
  const out = [];
  for (const { name, mode } of segmentColumnNames(p.src.base?.view ?? null, p.src.cur.view)) {
    const seg2 = buildSegmenter(name, p.src, mode);
    if (seg2) out.push(seg2);
  }
  return out;
}
function emptyAnalysis(cur, opts, note) {
  return {
    table: cur.path,
    task: cur.task,
    classes: cur.classes,
    hasBaseline: false,
    paired: false,
    nBase: null,
    nCurrent: 0,
    droppedBase: 0,
    droppedCurrent: cur.n,
    notes: [note],
    options: opts,
    metrics: [],
    regressed: [],
    improved: [],
    segments: [],
    slices: null,
    errors: null,
    regressionErrors: null,
    calibration: null,
    bias: [],
    trivialBaseline: null,
    trivialCurrent: { majorityAccuracy: null, majorityClass: null, priorLogLoss: null, meanRmse: null }
  };
}
function namesWith(metrics, status) {
  return metrics.filter((m) => m.status === status).map((m) => m.name);
}
function analyzePerformance(base, cur, opts) {
  if (!cur.yPred) return emptyAnalysis(cur, opts, `${cur.path} has no prediction or score column: no performance metric can be computed.`);
  const p = prepare(base, cur);
  if (p.cur.n === 0) return emptyAnalysis(cur, opts, `${cur.path} has no row with a usable label and prediction.`);
  const hasBase = p.base !== null && p.base.n > 0;
  if (p.base && p.base.n === 0) p.notes.push("The baseline has no usable row; the current run is reported alone.");
  const runs = hasBase ? [p.base, p.cur] : [p.cur];
  const names = metricNames(runs);
  const curKernel = makeKernel(p.cur, names);
  const classes = p.space ? p.space.classes.slice(0, p.cur.kind === "class" ? p.cur.k : 0) : [];
  let metrics;
  let comparison = null;
  if (hasBase) {
    const baseKernel = makeKernel(p.base, names);
    metrics = compareHeadline({ base: p.base, cur: p.cur, baseKernel, curKernel, paired: p.paired }, opts);
    comparison = makeComparison(p.base, p.cur, p.paired, opts);
  } else metrics = currentOnly(curKernel);
  const segs = comparison ? segmenters(p) : [];
  const scan = comparison ? scanSegments(comparison, segs) : null;
  const slices = comparison && scan ? discoverSlices(comparison, segs, scan.moments) : null;
  let bias = [];
  if (p.cur.kind === "class") {
    const columns = protectedColumnNames(cur);
    bias = comparison ? compareBias(comparison, p.src, columns) : currentBias(p.cur, p.src, columns, opts);
  }
  return {
    table: cur.path,
    task: cur.task,
    classes,
    hasBaseline: hasBase,
    paired: hasBase && p.paired,
    nBase: hasBase ? p.base.n : null,
    nCurrent: p.cur.n,
    droppedBase: p.droppedBase,
    droppedCurrent: p.droppedCurrent,
    notes: p.notes,
    options: opts,
    metrics,
    regressed: namesWith(metrics, "regressed"),
    improved: namesWith(metrics, "improved"),
    segments: scan ? scan.results : [],
    slices,
    errors: p.cur.kind === "class" ? analyzeErrors(hasBase && p.base.kind === "class" ? p.base : null, p.cur, classes) : null,
    regressionErrors: p.cur.kind === "reg" ? { baseline: hasBase && p.base.kind === "reg" ? residualSummary(p.base) : null, current: residualSummary(p.cur) } : null,
    calibration: calibration(p, metrics),
    bias,
    trivialBaseline: hasBase ? trivialBaselines(p.base, classes) : null,
    trivialCurrent: trivialBaselines(p.cur, classes)
  };
}

// src/analysis/performance/signals.ts
var POINT_KNOTS = [
  [0, 0],
  [0.5, 0.12],
  [1, 0.3],
  [3, 0.59],
  [10, 0.95],
  [20, 1]
];
var RELATIVE_KNOTS = [
  [0, 0],
  [0.02, 0.12],
  [0.05, 0.3],
  [0.15, 0.59],
  [0.5, 0.95],
  [1, 1]
];
var MAX_SEGMENT_SIGNALS = 10;
var NON_SLICE_FACTOR = 0.8;
function interpolate(x, knots) {
  if (!(x > 0)) return 0;
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i];
    const [x0, y0] = knots[i - 1];
    if (x <= x1) return y0 + (x - x0) / (x1 - x0) * (y1 - y0);
  }
  return knots[knots.length - 1][1];
}
function pointsSeverity(absDelta) {
  return interpolate(absDelta * 100, POINT_KNOTS);
}
function relativeSeverity(rel) {
  return interpolate(rel, RELATIVE_KNOTS);
}
function noiseFactor(delta, ci, alpha) {
  if (!ci) return 0.85;
  const half = (ci[1] - ci[0]) / 2;
  const zCrit = normalQuantile(1 - alpha / 2);
  if (!(half > 0)) return 1;
  const z = Math.abs(delta) / (half / zCrit);
  return 0.85 + 0.15 * Math.min(1, Math.max(0, (z - 1.96) / (4 - 1.96)));
}
function effectSeverity(name, base, cur, baseRmse) {
  const info = METRIC_INFO[name];
  if (info.scale === "points") return pointsSeverity(Math.abs(cur - base));
  if (name === "r2") {
    const unexplained = 1 - base;
    return unexplained > 0 ? relativeSeverity((base - cur) / unexplained) : pointsSeverity(base - cur);
  }
  if (name === "mean_error") {
    const scale = baseRmse && baseRmse > 0 ? baseRmse : Math.abs(base);
    return scale > 0 ? relativeSeverity((Math.abs(cur) - Math.abs(base)) / scale) : 0;
  }
  return Math.abs(base) > 0 ? relativeSeverity(Math.abs(cur - base) / Math.abs(base)) : 1;
}
var LABELS = {
  accuracy: "Accuracy",
  precision: "Precision",
  recall: "Recall",
  f1: "F1",
  f1_macro: "Macro F1",
  f1_weighted: "Weighted F1",
  auc: "ROC AUC",
  auc_ovr_macro: "ROC AUC (one-vs-rest macro)",
  average_precision: "Average precision",
  log_loss: "Log loss",
  brier: "Brier score",
  ece: "ECE",
  rmse: "RMSE",
  mae: "MAE",
  r2: "R\xB2",
  mean_error: "Mean error (bias)",
  mape: "MAPE"
};
function fmt3(v) {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e7)) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}
function describeChange2(name, base, cur) {
  const verb = cur < base ? "fell" : "rose";
  if (METRIC_INFO[name].scale === "points") return `${verb} ${(Math.abs(cur - base) * 100).toFixed(1)} pts`;
  if (name === "mean_error" || name === "r2" || base === 0) return `moved from ${fmt3(base)} to ${fmt3(cur)}`;
  return `${verb} ${(Math.abs(cur - base) / Math.abs(base) * 100).toFixed(1)}%`;
}
function ciText(ci) {
  return ci ? `95% CI of the change [${fmt3(ci[0])}, ${fmt3(ci[1])}]` : "no interval";
}
function baseRmseOf(a) {
  return a.metrics.find((m) => m.name === "rmse")?.baseline ?? null;
}
function passes(m, alpha) {
  return m.status === "regressed" && m.qValue !== null && m.qValue <= alpha;
}
function metricSignals(a) {
  const out = [];
  const alpha = a.options.alpha;
  for (const m of a.metrics) {
    if (!passes(m, alpha) || m.name === "ece" || m.baseline === null || m.current === null || m.delta === null) continue;
    const strength = effectSeverity(m.name, m.baseline, m.current, baseRmseOf(a)) * noiseFactor(m.delta, m.ci, alpha);
    const evidence = [
      { text: `${LABELS[m.name]} ${fmt3(m.baseline)} \u2192 ${fmt3(m.current)} (${ciText(m.ci)}, ${m.test.replace("_", " ")})`, value: m.current }
    ];
    if (m.mcnemarP !== null) evidence.push({ text: `exact McNemar p = ${fmt3(m.mcnemarP)}`, value: m.mcnemarP });
    const trivial = trivialContext(a, m.name);
    if (trivial) evidence.push(trivial);
    out.push({
      category: "metric_regression",
      area: "model",
      strength: clamp012(strength),
      significant: true,
      title: `${LABELS[m.name]} ${describeChange2(m.name, m.baseline, m.current)} (${fmt3(m.baseline)} \u2192 ${fmt3(m.current)}, n=${a.nCurrent})`,
      metric: m.name,
      source: a.table,
      evidence,
      details: {
        metric: m.name,
        baseline: m.baseline,
        current: m.current,
        delta: m.delta,
        ciLow: m.ci ? m.ci[0] : null,
        ciHigh: m.ci ? m.ci[1] : null,
        pValue: m.pValue,
        qValue: m.qValue,
        mcnemarP: m.mcnemarP,
        n: a.nCurrent,
        nBase: a.nBase,
        paired: a.paired,
        direction: m.direction
      }
    });
  }
  return out;
}
function trivialContext(a, name) {
  const t = a.trivialCurrent;
  if (name === "accuracy" && t.majorityAccuracy !== null) return { text: `always predicting ${t.majorityClass} scores ${fmt3(t.majorityAccuracy)}`, value: t.majorityAccuracy };
  if (name === "log_loss" && t.priorLogLoss !== null) return { text: `predicting the class prior scores ${fmt3(t.priorLogLoss)}`, value: t.priorLogLoss };
  if (name === "rmse" && t.meanRmse !== null) return { text: `predicting the mean scores ${fmt3(t.meanRmse)}`, value: t.meanRmse };
  return null;
}
function clamp012(v) {
  return Math.min(1, Math.max(0, v));
}
function localisation(share, rowShare) {
  if (share === null) return null;
  if (rowShare >= 1) return 0;
  return clamp012((share - rowShare) / (1 - rowShare));
}
function segmentStrength(a, r, share) {
  const sev = r.metric === "rmse" ? relativeSeverity(r.baseline > 0 ? Math.abs(r.delta) / r.baseline : 1) : pointsSeverity(Math.abs(r.delta));
  const loc = localisation(share, r.nCurrent / a.nCurrent);
  return sev * noiseFactor(r.delta, r.ci, a.options.alpha) * (0.5 + 0.5 * (loc ?? 0.5));
}
function sliceSignal(a, s, rank) {
  const column = s.conditions.map((c) => c.column).join(" & ");
  const value = s.conditions.map((c) => c.value).join(" & ");
  const where2 = s.conditions.map((c) => `${c.column}=${c.value}`).join(" & ");
  const share = s.shareOfDrop;
  const shareText = share !== null ? `, ${Math.round(share * 100)}% of the overall drop` : "";
  return {
    category: "segment_regression",
    area: "model",
    strength: clamp012(segmentStrength(a, s, share)),
    significant: true,
    title: `${LABELS[s.metric]} ${describeChange2(s.metric, s.baseline, s.current)} for ${where2} (n=${s.nCurrent}${shareText})`,
    metric: s.metric,
    segment: { column, value },
    source: a.table,
    evidence: [
      { text: `${LABELS[s.metric]} ${fmt3(s.baseline)} \u2192 ${fmt3(s.current)} in ${where2} (${ciText(s.ci)}, q = ${fmt3(s.qValue)})`, value: s.current },
      ...share !== null ? [{ text: `carries ${Math.round(share * 100)}% of the overall drop`, value: share }] : []
    ],
    details: {
      metric: s.metric,
      baseline: s.baseline,
      current: s.current,
      delta: s.delta,
      ciLow: s.ci ? s.ci[0] : null,
      ciHigh: s.ci ? s.ci[1] : null,
      pValue: s.pValue,
      qValue: s.qValue,
      test: s.test,
      n: s.nCurrent,
      nBase: s.nBase,
      shareOfDrop: share,
      marginalShare: s.marginalShare,
      dropMass: s.dropMass,
      sliceRank: rank,
      rowShare: s.nCurrent / a.nCurrent,
      localisation: localisation(share, s.nCurrent / a.nCurrent),
      conditions: s.conditions.length,
      paired: a.paired
    }
  };
}
function segmentSignal(a, g) {
  const share = g.results.find((r) => r.shareOfDrop !== null)?.shareOfDrop ?? null;
  const primary2 = g.results.reduce((best, r) => segmentStrength(a, r, share) > segmentStrength(a, best, share) ? r : best);
  const strength = segmentStrength(a, primary2, share) * NON_SLICE_FACTOR;
  const where2 = `${g.column}=${g.value}`;
  return {
    category: "segment_regression",
    area: "model",
    strength: clamp012(strength),
    significant: true,
    title: `${LABELS[primary2.metric]} ${describeChange2(primary2.metric, primary2.baseline, primary2.current)} for ${where2} (n=${primary2.nCurrent})`,
    metric: primary2.metric,
    segment: { column: g.column, value: g.value },
    source: a.table,
    evidence: g.results.map((r) => ({ text: `${LABELS[r.metric]} ${fmt3(r.baseline)} \u2192 ${fmt3(r.current)} (${ciText(r.ci)}, q = ${fmt3(r.qValue)})`, value: r.current })),
    details: {
      metric: primary2.metric,
      baseline: primary2.baseline,
      current: primary2.current,
      delta: primary2.delta,
      ciLow: primary2.ci ? primary2.ci[0] : null,
      ciHigh: primary2.ci ? primary2.ci[1] : null,
      pValue: primary2.pValue,
      qValue: primary2.qValue,
      test: primary2.test,
      n: primary2.nCurrent,
      nBase: primary2.nBase,
      shareOfDrop: share,
      rowShare: primary2.nCurrent / a.nCurrent,
      localisation: localisation(share, primary2.nCurrent / a.nCurrent),
      sliceRank: null,
      paired: a.paired
    }
  };
}
function segmentSignals(a) {
  const out = [];
  const slices = a.slices?.slices ?? [];
  slices.forEach((s, i) => out.push(sliceSignal(a, s, i + 1)));
  const inSlices = new Set(slices.filter((s) => s.conditions.length === 1).map((s) => `${s.conditions[0].column}\0${s.conditions[0].value}`));
  const groups = /* @__PURE__ */ new Map();
  for (const r of a.segments) {
    if (!r.significant || !r.worse) continue;
    const key = `${r.column}\0${r.value}`;
    if (inSlices.has(key)) continue;
    const g = groups.get(key) ?? { column: r.column, value: r.value, results: [] };
    g.results.push(r);
    groups.set(key, g);
  }
  const rest = [...groups.values()].map((g) => segmentSignal(a, g)).sort((x, y) => y.strength - x.strength || (x.title < y.title ? -1 : 1));
  return [...out, ...rest.slice(0, MAX_SEGMENT_SIGNALS)];
}
function calibrationSignals(a) {
  const cal = a.calibration;
  if (!cal || !cal.ece || !cal.brier || !cal.baseline) return [];
  const worse = [cal.ece, cal.brier].filter(
    (m) => passes(m, a.options.alpha)
  );
  if (worse.length === 0) return [];
  const strength = Math.max(...worse.map((m) => effectSeverity(m.name, m.baseline, m.current, null) * noiseFactor(m.delta, m.ci, a.options.alpha)));
  const auc = a.metrics.find((m) => m.name === "auc" || m.name === "auc_ovr_macro");
  const discriminationKept = auc !== void 0 && auc.status !== "regressed";
  const lead = worse[0];
  return [
    {
      category: "calibration",
      area: "model",
      strength: clamp012(strength),
      significant: true,
      title: `${LABELS[lead.name]} ${describeChange2(lead.name, lead.baseline, lead.current)} (${fmt3(lead.baseline)} \u2192 ${fmt3(lead.current)}, n=${a.nCurrent})`,
      metric: lead.name,
      source: a.table,
      evidence: [
        ...worse.map((m) => ({ text: `${LABELS[m.name]} ${fmt3(m.baseline)} \u2192 ${fmt3(m.current)} (${ciText(m.ci)})`, value: m.current })),
        { text: `MCE ${fmt3(cal.baseline.mce)} \u2192 ${fmt3(cal.current.mce)}; adaptive ECE ${fmt3(cal.baseline.eceAdaptive)} \u2192 ${fmt3(cal.current.eceAdaptive)}`, value: cal.current.mce },
        ...discriminationKept ? [{ text: "ranking quality (AUC) did not regress: the probabilities, not the ordering, got worse" }] : []
      ],
      details: {
        kind: cal.kind,
        eceBase: cal.ece.baseline,
        eceCurrent: cal.ece.current,
        eceDelta: cal.ece.delta,
        eceCiLow: cal.ece.ci ? cal.ece.ci[0] : null,
        eceCiHigh: cal.ece.ci ? cal.ece.ci[1] : null,
        eceSignificant: cal.ece.status === "regressed",
        brierBase: cal.brier.baseline,
        brierCurrent: cal.brier.current,
        brierDelta: cal.brier.delta,
        brierSignificant: cal.brier.status === "regressed",
        mceBase: cal.baseline.mce,
        mceCurrent: cal.current.mce,
        discriminationKept,
        n: a.nCurrent
      }
    }
  ];
}
function biasSignal(a, b) {
  if (!b.gapGrewSignificantly || !b.baseline || b.gapDelta === null) return null;
  const strength = pointsSeverity(b.gapDelta) * noiseFactor(b.gapDelta, b.gapCi, a.options.alpha);
  const worst = b.current.worstGroup;
  const groupText = b.current.groups.map((g) => `${g.group} ${fmt3(g.accuracy)}`).join(", ");
  const baseText = b.baseline.groups.map((g) => `${g.group} ${fmt3(g.accuracy)}`).join(", ");
  return {
    category: "bias",
    area: "model",
    strength: clamp012(strength),
    significant: true,
    title: `Accuracy gap across ${b.column} grew ${(b.gapDelta * 100).toFixed(1)} pts (${(b.baseline.maxAccuracyGap * 100).toFixed(1)} \u2192 ${(b.current.maxAccuracyGap * 100).toFixed(1)} pts); worst group ${worst}`,
    segment: { column: b.column, value: worst },
    metric: "accuracy",
    source: a.table,
    evidence: [
      { text: `accuracy by ${b.column}: baseline ${baseText}; current ${groupText}`, value: b.current.maxAccuracyGap },
      { text: `change of the max accuracy gap: ${ciText(b.gapCi)}`, value: b.gapDelta },
      ...b.equalizedOddsDelta !== null ? [{ text: `equalized-odds difference changed by ${fmt3(b.equalizedOddsDelta)}`, value: b.equalizedOddsDelta }] : [],
      ...b.demographicParityDelta !== null ? [{ text: `demographic-parity difference changed by ${fmt3(b.demographicParityDelta)}`, value: b.demographicParityDelta }] : []
    ],
    details: {
      column: b.column,
      worstGroup: worst,
      bestGroup: b.current.bestGroup,
      gapBase: b.baseline.maxAccuracyGap,
      gapCurrent: b.current.maxAccuracyGap,
      gapDelta: b.gapDelta,
      ciLow: b.gapCi ? b.gapCi[0] : null,
      ciHigh: b.gapCi ? b.gapCi[1] : null,
      pValue: b.gapPValue,
      demographicParityDelta: b.demographicParityDelta,
      equalizedOddsDelta: b.equalizedOddsDelta,
      groups: b.current.groups.length
    }
  };
}
function performanceSignals(a) {
  if (!a.hasBaseline) return [];
  const bias = a.bias.map((b) => biasSignal(a, b)).filter((s) => s !== null);
  return [...metricSignals(a), ...segmentSignals(a), ...calibrationSignals(a), ...bias];
}

// src/analysis/stats/distributions.ts
var LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
var EPS3 = 2220446049250313e-31;
var MIN_LOG = -708.3964185322641;
var LANCZOS_G = 607 / 128;
var LANCZOS_C = [
  0.9999999999999971,
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22
];
function logGamma2(x) {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma2(1 - x);
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + stirlingCorrection(x);
  const y = x - 1;
  let a = LANCZOS_C[0];
  const t = y + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS_C.length; i++) a += LANCZOS_C[i] / (y + i);
  return LOG_SQRT_2PI + (y + 0.5) * Math.log(t) - t + Math.log(a);
}
function stirlingCorrection(x) {
  if (x < 10) return logGamma2(x) - ((x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI);
  const r = 1 / x;
  const r2 = r * r;
  return r * (1 / 12 + r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156)))))));
}
function log1pmx(t) {
  if (Math.abs(t) > 0.5) return Math.log1p(t) - t;
  let term = t;
  let sum = 0;
  for (let k = 2; k < 200; k++) {
    term *= -t;
    const add = term / k;
    sum += add;
    if (Math.abs(add) < Math.abs(sum) * EPS3) break;
  }
  return sum;
}
function gammaPrefactor(a, x) {
  if (x === 0) return 0;
  let logf;
  if (a >= 10 && Math.abs(x - a) <= 0.4 * a) {
    logf = a * log1pmx((x - a) / a) + 0.5 * Math.log(a) - LOG_SQRT_2PI - stirlingCorrection(a);
  } else {
    logf = a * Math.log(x) - x - logGamma2(a);
  }
  return logf < MIN_LOG ? 0 : Math.exp(logf);
}
function gammaSeries(a, x) {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let i = 0; i < 1e5; i++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS3) break;
  }
  return sum;
}
function gammaContinuedFraction(a, x) {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d2 = 1 / b;
  let h = d2;
  for (let i = 1; i < 1e5; i++) {
    const an = -i * (i - a);
    b += 2;
    d2 = an * d2 + b;
    if (Math.abs(d2) < tiny) d2 = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d2 = 1 / d2;
    const del = d2 * c;
    h *= del;
    if (Math.abs(del - 1) < EPS3) break;
  }
  return h;
}
function gammaP(a, x) {
  if (!(a > 0) || !(x >= 0) || Number.isNaN(x)) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  if (x < a + 1) return Math.min(1, gammaPrefactor(a, x) * gammaSeries(a, x));
  return Math.max(0, 1 - gammaPrefactor(a, x) * gammaContinuedFraction(a, x));
}
function gammaQ2(a, x) {
  if (!(a > 0) || !(x >= 0) || Number.isNaN(x)) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return Math.max(0, 1 - gammaPrefactor(a, x) * gammaSeries(a, x));
  return Math.min(1, gammaPrefactor(a, x) * gammaContinuedFraction(a, x));
}
function chi2Sf(x, dof) {
  if (Number.isNaN(x) || !(dof > 0)) return NaN;
  if (x <= 0) return 1;
  return gammaQ2(dof / 2, x / 2);
}
function erfc2(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc2(-x);
  return gammaQ2(0.5, x * x);
}
function normalSf(z) {
  return 0.5 * erfc2(z / Math.SQRT2);
}
function twoProduct(a, b) {
  const p = a * b;
  const split = 134217729;
  let t = split * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = split * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, e];
}
function modNX(n, x) {
  const [p, e] = twoProduct(n, x);
  let fl = Math.floor(p);
  let alpha = p - fl + e;
  if (alpha < 0) {
    fl -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    fl += 1;
    alpha = 0;
  }
  return { floor: fl, alpha };
}
function smirnovSf(n, x) {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const { floor: nxfl, alpha } = modNX(n, x);
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  let n1mxceil = n - nxfl;
  if (alpha === 0) {
    n1mxfl -= 1;
    n1mxceil += 1;
  }
  if (nxfl === 0 || nxfl === 1 && alpha === 0) {
    const cdf = x * Math.pow(1 + x, n - 1);
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxfl >= n - 1) return clip01(Math.pow(1 - x, n));
  if (n > 1e6) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    if (logp < -Math.LN2) return clip01(Math.exp(logp));
    return clip01(1 + Math.expm1(logp));
  }
  const nUpperTerms = n - n1mxceil + 1;
  const useUpper = nUpperTerms <= 1 && x < 0.5 || n >= 10 && nUpperTerms <= 3 && x <= 0.5 / Math.sqrt(n);
  if (useUpper) {
    let sum2 = 0;
    let logC2 = 0;
    for (let j = 0; j < nUpperTerms; j++) {
      const v = n - j;
      const a1 = Math.pow(x + v / n, v - 1);
      const a2 = Math.pow((n - v) / n - x, n - v);
      sum2 += Math.exp(logC2) * a1 * a2;
      logC2 += Math.log((n - j) / (j + 1));
    }
    return clip01(1 - x * sum2);
  }
  const nTerms = n1mxfl + 1;
  let sum = Math.pow(1 - x, n) / x;
  let logC = Math.log(n);
  let comp = 0;
  const vmid = Math.floor(n / 2);
  for (let j = 1; j < nTerms; j++) {
    const v = j;
    const a = x + v / n;
    const term = Math.exp(logC + (v - 1) * Math.log(a) + (n - v) * Math.log1p(-a));
    sum += term;
    if (term !== 0) {
      if (4 * (nTerms - j) * term < EPS3 * sum && j !== nTerms - 1) break;
    } else if (j > vmid) break;
    const y = Math.log(n - j) - Math.log(j + 1) - comp;
    const t = logC + y;
    comp = t - logC - y;
    logC = t;
  }
  return clip01(x * sum);
}
function clip01(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
var E128 = 128;
var EP128 = Math.pow(2, 128);
var EM128 = Math.pow(2, -128);
var PI2 = Math.PI * Math.PI;
var PI4 = PI2 * PI2;
var PI6 = PI4 * PI2;
var SQRT2PI = Math.sqrt(2 * Math.PI);
var LOG_2PI = Math.log(2 * Math.PI);
var STIRLING_COEFFS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function logNFactorialDivNPowN(n) {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function matmul(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      const bo = k * m;
      const oo = i * m;
      for (let j = 0; j < m; j++) out[oo + j] += aik * b[bo + j];
    }
  }
  return out;
}
function kolmognDMTW(n, d2) {
  if (d2 >= 1) return 1;
  const nd = n * d2;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - Math.pow(h, j);
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let Hpwr = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      Hpwr = matmul(Hpwr, H, m);
      expnt += Hexpnt;
    }
    H = matmul(H, H, m);
    Hexpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
      for (let i = 0; i < H.length; i++) H[i] /= EP128;
      Hexpnt += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hpwr[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      expnt -= E128;
    }
  }
  if (expnt !== 0) p = p * Math.pow(2, expnt);
  return clip01(p);
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function kolmognPomeranz(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gOverN = g / n;
  const twoGOverN = 2 * g / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * gOverN / m;
    twogpower[m] = twogpower[m - 1] * twoGOverN / m;
    onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let j1 = pomeranzJ1J2(0, n, ll, ceilf, roundf)[0];
  let j2;
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    const tmp = V0;
    V0 = V1;
    V1 = tmp;
    const ts = V0s;
    V0s = V1s;
    V1s = ts;
    V1.fill(0);
    [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const off = k1 - V0s;
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let maxV = 0;
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c;
        let s = 0;
        const lo = Math.max(0, idx - (ln2 - 1));
        const hi = Math.min(idx, ln2 - 1);
        for (let a = lo; a <= hi; a++) {
          const va = off + a < V0.length ? V0[off + a] : 0;
          s += va * pwrs[idx - a];
        }
        V1[c] = s;
        if (s > maxV) maxV = s;
      }
      if (maxV > 0 && maxV < EM128) {
        for (let c = 0; c < V1.length; c++) V1[c] *= EP128;
        expnt -= E128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      expnt += E128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = ans * Math.pow(2, expnt);
  return clip01(ans);
}
function kolmognPelzGood(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * PI2 / 4;
  const k2c = PI4 * (1 - 2 * z2) / 16;
  const k3d = PI6 * (5 - 30 * z2) / 64;
  const k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * Math.pow(z, 8);
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = Math.pow(q, 8 * k);
    const c0 = 1;
    const c1 = k1a + k1b * m2;
    const c2 = k2a + k2b * m2 + k2c * m4;
    const c3 = k3a + k3b * m2 + k3c * m4 + k3d * m6;
    K[0] = K[0] * qpower + c0;
    K[1] = K[1] * qpower + c1;
    K[2] = K[2] * qpower + c2;
    K[3] = K[3] * qpower + c3;
  }
  const div = [z, 6 * z4, 72 * Math.pow(z, 7), 6480 * Math.pow(z, 10)];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT2PI / div[i];
  q = Math.exp(-PI2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = Math.pow(q, k2);
    const kspi = Math.PI * k;
    k2extra += k2 * qp;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
  }
  K[2] = K[2] + k2extra * PI2 * SQRT2PI / (-36 * z3);
  K[3] = K[3] + k3extra * PI2 * SQRT2PI / (216 * z6);
  for (let i = 0; i < 4; i++) K[i] = K[i] / Math.pow(n, i / 2);
  return K[0] + K[1] + K[2] + K[3];
}
function kstwoSf(x, n) {
  if (!(n > 0) || Math.floor(n) !== n) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - prob);
  }
  if (t >= n - 1) return clip01(2 * Math.pow(1 - x, n));
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x));
  const nxsquared = t * x;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip01(1 - kolmognDMTW(n, x));
    if (nxsquared <= 4) return clip01(1 - kolmognPomeranz(n, x));
    return clip01(2 * smirnovSf(n, x));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip01(2 * smirnovSf(n, x));
  let cdf;
  if (nxsquared >= 18) cdf = 1;
  else if (n <= 1e5 && n * Math.pow(x, 1.5) <= 1.4) cdf = kolmognDMTW(n, x);
  else cdf = kolmognPelzGood(n, x);
  return clip01(1 - cdf);
}

// src/analysis/stats/two-sample.ts
function sortFloat64(values) {
  return sortFloat64InPlace(values.slice());
}
var scratch = new Float64Array(0);
var countsLo = new Uint32Array(65536);
var countsHi = new Uint32Array(65536);
function orderKey(hiWord) {
  return hiWord & 2147483648 ? ~hiWord >>> 0 : (hiWord | 2147483648) >>> 0;
}
function sortFloat64InPlace(values) {
  const n = values.length;
  if (n < 2048) return values.sort();
  if (countingSort(values)) return values;
  if (values.byteOffset % 8 !== 0) return values.sort();
  if (scratch.length < n) scratch = new Float64Array(n);
  const tmp = scratch;
  const vw = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const tw = new Uint32Array(tmp.buffer, tmp.byteOffset, n * 2);
  const c0 = countsLo.fill(0);
  const c1 = countsHi.fill(0);
  for (let i2 = 0; i2 < n; i2++) {
    const h = orderKey(vw[2 * i2 + 1]);
    c0[h & 65535]++;
    c1[h >>> 16]++;
  }
  prefix(c0);
  prefix(c1);
  for (let i2 = 0; i2 < n; i2++) tmp[c0[orderKey(vw[2 * i2 + 1]) & 65535]++] = values[i2];
  for (let i2 = 0; i2 < n; i2++) values[c1[orderKey(tw[2 * i2 + 1]) >>> 16]++] = tmp[i2];
  let i = 0;
  while (i < n) {
    const h = vw[2 * i + 1];
    let j = i + 1;
    let sorted = true;
    while (j < n && vw[2 * j + 1] === h) {
      if (!(values[j - 1] <= values[j]) || Object.is(values[j - 1], 0) !== Object.is(values[j], 0)) sorted = false;
      j++;
    }
    if (!sorted) values.subarray(i, j).sort();
    i = j;
  }
  return values;
}
function countingSort(values) {
  const n = values.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x !== Math.floor(x) || x === 0 && 1 / x < 0) return false;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    if (hi - lo >= 1 << 20) return false;
  }
  const counts = new Uint32Array(hi - lo + 1);
  for (let i = 0; i < n; i++) counts[values[i] - lo]++;
  let k = 0;
  for (let v = 0; v < counts.length; v++) {
    const end = k + counts[v];
    values.fill(v + lo, k, end);
    k = end;
  }
  return true;
}
function prefix(counts) {
  let s = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k];
    counts[k] = s;
    s += c;
  }
}
function ksStatisticSorted(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let maxIdx = Infinity;
  let locMax = NaN;
  let minS = Infinity;
  let minIdx = Infinity;
  let locMin = NaN;
  while (i < n1 || j < n2) {
    const v = j >= n2 || i < n1 && a[i] <= b[j] ? a[i] : b[j];
    const firstIdx = i < n1 && a[i] === v ? i : n1 + j;
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS || diff === maxS && firstIdx < maxIdx) {
      maxS = diff;
      maxIdx = firstIdx;
      locMax = v;
    }
    if (diff < minS || diff === minS && firstIdx < minIdx) {
      minS = diff;
      minIdx = firstIdx;
      locMin = v;
    }
  }
  return { dPlus: maxS, dMinus: Math.min(Math.max(-minS, 0), 1), locPlus: locMax, locMinus: locMin };
}
function ksAndWassersteinSorted(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let dMax = 0;
  let w = 0;
  let prev = n1 && n2 ? Math.min(a[0], b[0]) : 0;
  while (i < n1 && j < n2) {
    const x = a[i];
    const y = b[j];
    const v = x <= y ? x : y;
    w += Math.abs(i * n2 - j * n1) * (v - prev);
    if (x === v) while (i < n1 && a[i] === v) i++;
    if (y === v) while (j < n2 && b[j] === v) j++;
    const diff = Math.abs(i * n2 - j * n1);
    if (diff > dMax) dMax = diff;
    prev = v;
  }
  while (i < n1) {
    const v = a[i];
    w += Math.abs(i * n2 - j * n1) * (v - prev);
    while (i < n1 && a[i] === v) i++;
    const diff = Math.abs(i * n2 - j * n1);
    if (diff > dMax) dMax = diff;
    prev = v;
  }
  while (j < n2) {
    const v = b[j];
    w += Math.abs(i * n2 - j * n1) * (v - prev);
    while (j < n2 && b[j] === v) j++;
    const diff = Math.abs(i * n2 - j * n1);
    if (diff > dMax) dMax = diff;
    prev = v;
  }
  const nn = n1 * n2;
  return { d: dMax / nn, wasserstein: w / nn };
}
function ksPValue(d0, n1, n2, opts = {}) {
  let d2 = d0;
  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  let mode = opts.method ?? "auto";
  if (mode === "auto") mode = Math.max(n1, n2) <= 1e4 ? "exact" : "asymp";
  else if (mode === "exact" && n1g >= 2147483647 / n2g) mode = "asymp";
  if (mode === "exact" && opts.exactBudget !== void 0 && n1 !== n2) {
    const work = Math.max(n1, n2) * (2 * d2 * Math.min(n1, n2) + 2);
    if (work > opts.exactBudget) mode = "asymp";
  }
  let p = NaN;
  if (mode === "exact") {
    const lcm = n1g * n2;
    const h = roundHalfEven(d2 * lcm);
    d2 = h / lcm;
    if (h === 0) p = 1;
    else if (n1 === n2) p = probOutsideSquare(n1, h);
    else p = outerProbInsideMethod(n1, n2, g, h);
    if (!(p >= 0 && p <= 1)) mode = "asymp";
  }
  if (mode === "asymp") {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = m * n / (m + n);
    p = kstwoSf(d2, roundHalfEven(en));
  }
  return { d: d2, pValue: Math.min(Math.max(p, 0), 1), method: mode === "exact" ? "exact" : "asymp" };
}
function ks2Samp(a, b, opts = {}) {
  const s1 = opts.presorted ? a : sortFloat64(a);
  const s2 = opts.presorted ? b : sortFloat64(b);
  const n1 = s1.length;
  const n2 = s2.length;
  if (n1 === 0 || n2 === 0) throw new Error("ks2Samp: both samples must be non-empty");
  const { dPlus, dMinus, locPlus, locMinus } = ksStatisticSorted(s1, s2);
  let d2;
  let location;
  let sign;
  if (dMinus > dPlus) {
    d2 = dMinus;
    location = locMinus;
    sign = -1;
  } else {
    d2 = dPlus;
    location = locPlus;
    sign = 1;
  }
  const r = ksPValue(d2, n1, n2, opts);
  return { statistic: r.d, pValue: r.pValue, method: r.method, location, sign, n1, n2 };
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function roundHalfEven(x) {
  const f = Math.floor(x);
  const r = x - f;
  if (r > 0.5) return f + 1;
  if (r < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
function probOutsideSquare(n, h) {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}
function outerProbInsideMethod(m0, n0, g, h) {
  let m = m0;
  let n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let t = minj; t < maxj; t++) A[t] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      for (let t = maxj - minj; t < maxj - minj + (lastlen - curlen); t++) A[t] = 1;
    }
  }
  return A[maxj - minj - 1];
}
function chi2Contingency(observed, correction = true) {
  const r = observed.length;
  const c = r === 0 ? 0 : observed[0].length;
  if (r === 0 || c === 0) throw new Error("chi2Contingency: empty table");
  const rowSums2 = new Array(r).fill(0);
  const colSums = new Array(c).fill(0);
  let total2 = 0;
  for (let i = 0; i < r; i++) {
    if (observed[i].length !== c) throw new Error("chi2Contingency: ragged table");
    for (let j = 0; j < c; j++) {
      const v = observed[i][j];
      if (v < 0) throw new Error("chi2Contingency: negative count");
      rowSums2[i] += v;
      colSums[j] += v;
      total2 += v;
    }
  }
  const expected = [];
  for (let i = 0; i < r; i++) {
    const row = [];
    for (let j = 0; j < c; j++) {
      const e = rowSums2[i] * colSums[j] / total2;
      if (e === 0) throw new Error("chi2Contingency: a row or column sums to zero (zero expected count)");
      row.push(e);
    }
    expected.push(row);
  }
  const dof = r * c - (r + c) + 2 - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof, expected };
  let stat = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const e = expected[i][j];
      let o = observed[i][j];
      if (dof === 1 && correction) {
        const diff = e - o;
        o += Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
      }
      stat += (o - e) * (o - e) / e;
    }
  }
  return { statistic: stat, pValue: chi2Sf(stat, dof), dof, expected };
}
function chi2Homogeneity(a, b, correction = true) {
  const ra = [];
  const rb = [];
  let sa = 0;
  let sb = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x + y > 0) {
      ra.push(x);
      rb.push(y);
      sa += x;
      sb += y;
    }
  }
  if (ra.length < 2 || sa === 0 || sb === 0) return { statistic: 0, pValue: 1, dof: 0 };
  const res = chi2Contingency([ra, rb], correction);
  return { statistic: res.statistic, pValue: res.pValue, dof: res.dof };
}
function twoProportionTest(x1, n1, x2, n2) {
  if (n1 <= 0 || n2 <= 0) return { z: 0, pValue: 1 };
  const p = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  const diff = x2 / n2 - x1 / n1;
  if (se === 0) return { z: 0, pValue: diff === 0 ? 1 : 0 };
  const z = diff / se;
  return { z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

// src/analysis/data/columns.ts
var profileCache = /* @__PURE__ */ new WeakMap();
function profile(col) {
  const hit = profileCache.get(col);
  if (hit) return hit;
  const p = col.kind === "number" ? numericProfile(col) : categoricalProfile(col);
  profileCache.set(col, p);
  return p;
}
function profileColumns(columns) {
  const todo = [];
  let total2 = 0;
  for (const col of columns) {
    if (profileCache.has(col)) continue;
    if (col.kind === "string") {
      profileCache.set(col, categoricalProfile(col));
      continue;
    }
    const c = numericCounts(col);
    todo.push({ col, c });
    total2 += c.finite;
  }
  if (todo.length === 0) return;
  const buffer = new Float64Array(total2);
  let offset = 0;
  for (const { col, c } of todo) {
    const sorted = buffer.subarray(offset, offset + c.finite);
    offset += c.finite;
    profileCache.set(col, finishNumeric(col, c, sorted));
  }
}
function numericCounts(col) {
  const v = col.values;
  const n = v.length;
  let missing = 0;
  let nan = 0;
  let posInf = 0;
  let negInf = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (x - x === 0) {
      sum += x;
      continue;
    }
    if (col.missing[i]) missing++;
    else if (x === Infinity) posInf++;
    else if (x === -Infinity) negInf++;
    else nan++;
  }
  return { finite: n - missing - nan - posInf - negInf, missing, nan, posInf, negInf, sum };
}
function numericProfile(col) {
  const c = numericCounts(col);
  return finishNumeric(col, c, new Float64Array(c.finite));
}
function finishNumeric(col, c, sorted) {
  const v = col.values;
  const n = v.length;
  const k = c.finite;
  if (k === n) sorted.set(v);
  else {
    let j = 0;
    for (let i = 0; i < n; i++) {
      const x = v[i];
      if (x - x === 0) sorted[j++] = x;
    }
  }
  sortFloat64InPlace(sorted);
  const mean2 = k > 0 ? c.sum / k : NaN;
  let ss = 0;
  let distinct = 0;
  let run = 0;
  let topRun = 0;
  for (let i = 0; i < k; i++) {
    const d2 = sorted[i] - mean2;
    ss += d2 * d2;
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      distinct++;
      run = 1;
    } else run++;
    if (run > topRun) topRun = run;
  }
  return {
    kind: "number",
    n,
    sorted,
    missing: c.missing,
    nan: c.nan,
    posInf: c.posInf,
    negInf: c.negInf,
    mean: mean2,
    std: k > 1 ? Math.sqrt(ss / (k - 1)) : 0,
    distinct,
    topShare: k > 0 ? topRun / k : 0
  };
}
function categoricalProfile(col) {
  const counts = new Float64Array(col.dict.length);
  let missing = 0;
  const codes = col.codes;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c < 0) missing++;
    else counts[c]++;
  }
  let distinct = 0;
  let top = 0;
  for (let c = 0; c < counts.length; c++) {
    if (counts[c] > 0) distinct++;
    if (counts[c] > top) top = counts[c];
  }
  const nonMissing = codes.length - missing;
  return { kind: "string", n: codes.length, counts, missing, distinct, topShare: nonMissing > 0 ? top / nonMissing : 0 };
}
var MAX_ROW_SAMPLE = 1e5;
function sampleStep(n) {
  return Math.max(1, Math.ceil(n / MAX_ROW_SAMPLE));
}
function alignCategories(base, cur) {
  const pb = profile(base);
  const pc = profile(cur);
  const index = /* @__PURE__ */ new Map();
  const names = [];
  const baseMap = new Int32Array(base.dict.length).fill(-1);
  const curMap = new Int32Array(cur.dict.length).fill(-1);
  for (let c = 0; c < base.dict.length; c++) {
    if (pb.counts[c] === 0) continue;
    const name = base.dict[c];
    let u = index.get(name);
    if (u === void 0) {
      u = names.length;
      names.push(name);
      index.set(name, u);
    }
    baseMap[c] = u;
  }
  for (let c = 0; c < cur.dict.length; c++) {
    if (pc.counts[c] === 0) continue;
    const name = cur.dict[c];
    let u = index.get(name);
    if (u === void 0) {
      u = names.length;
      names.push(name);
      index.set(name, u);
    }
    curMap[c] = u;
  }
  const baseCounts = new Float64Array(names.length);
  const curCounts = new Float64Array(names.length);
  for (let c = 0; c < baseMap.length; c++) if (baseMap[c] >= 0) baseCounts[baseMap[c]] += pb.counts[c];
  for (let c = 0; c < curMap.length; c++) if (curMap[c] >= 0) curCounts[curMap[c]] += pc.counts[c];
  return { names, baseMap, curMap, baseCounts, curCounts };
}
function capCategories(a, max) {
  const k = a.names.length;
  const bucketOf = new Int32Array(k);
  let nb = 0;
  let nc = 0;
  for (let u = 0; u < k; u++) {
    nb += a.baseCounts[u];
    nc += a.curCounts[u];
  }
  if (k <= max) {
    for (let u = 0; u < k; u++) bucketOf[u] = u;
    return { bucketOf, names: a.names.slice(), baseCounts: a.baseCounts, curCounts: a.curCounts };
  }
  const weight = (u) => (nb > 0 ? a.baseCounts[u] / nb : 0) + (nc > 0 ? a.curCounts[u] / nc : 0);
  const order = Array.from({ length: k }, (_, u) => u).sort((x, y) => weight(y) - weight(x) || x - y);
  const names = [];
  bucketOf.fill(max - 1);
  for (let r = 0; r < max - 1; r++) {
    bucketOf[order[r]] = r;
    names.push(a.names[order[r]]);
  }
  names.push("(other)");
  const baseCounts = new Float64Array(max);
  const curCounts = new Float64Array(max);
  for (let u = 0; u < k; u++) {
    baseCounts[bucketOf[u]] += a.baseCounts[u];
    curCounts[bucketOf[u]] += a.curCounts[u];
  }
  return { bucketOf, names, baseCounts, curCounts };
}
function pairReference(ref, others) {
  const same = others.find((t) => t.path.toLowerCase() === ref.path.toLowerCase());
  return same ?? (others.length === 1 ? others[0] : null);
}
var NO_SEGMENT = 255;
var MAX_SEGMENT_VALUES = 200;
function segmentSpec(column, base, cur) {
  const cb = base.columns.find((c) => c.name === column);
  const cc = cur.columns.find((c) => c.name === column);
  if (!cb || !cc || cb.kind !== cc.kind) return null;
  if (cb.kind === "string" && cc.kind === "string") {
    const a = alignCategories(cb, cc);
    if (a.names.length < 2 || a.names.length > MAX_SEGMENT_VALUES) return null;
    return {
      column,
      values: a.names,
      baseCodes: remap(cb.codes, a.baseMap),
      curCodes: remap(cc.codes, a.curMap)
    };
  }
  if (cb.kind === "number" && cc.kind === "number") {
    const p = profile(cb);
    const s = p.sorted;
    if (s.length === 0) return null;
    const edges = [];
    for (let k = 1; k < 5; k++) {
      const q = s[Math.floor(k / 5 * (s.length - 1))];
      if (q > s[0] && (edges.length === 0 || q > edges[edges.length - 1])) edges.push(q);
    }
    if (edges.length === 0) return null;
    const lows = [s[0], ...edges];
    const values = lows.map((lo, i) => i < edges.length ? `[${fmtEdge(lo)}, ${fmtEdge(edges[i])})` : `[${fmtEdge(lo)}, ${fmtEdge(s[s.length - 1])}]`);
    const code = (col) => {
      const out = new Uint8Array(col.values.length);
      for (let i = 0; i < out.length; i++) {
        const x = col.values[i];
        if (x - x !== 0) {
          out[i] = NO_SEGMENT;
          continue;
        }
        let b = 0;
        while (b < edges.length && edges[b] <= x) b++;
        out[i] = b;
      }
      return out;
    };
    return { column, values, baseCodes: code(cb), curCodes: code(cc) };
  }
  return null;
}
function fmtEdge(v) {
  return String(Number(v.toPrecision(6)));
}
function remap(codes, map) {
  const lut = new Uint8Array(map.length);
  for (let c = 0; c < map.length; c++) lut[c] = map[c] < 0 ? NO_SEGMENT : map[c];
  const out = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    out[i] = c < 0 ? NO_SEGMENT : lut[c];
  }
  return out;
}
function hashString(s) {
  let a = 2166136261;
  let b = 2538058380;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477);
    b ^= b >>> 15;
  }
  return [a >>> 0, b >>> 0];
}
function fmix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
function hashRows(columns, n, rows = null) {
  if (rows) return hashRows(columns.map((c) => pickRows(c, rows)), rows.length);
  const h1 = new Int32Array(n).fill(305419896);
  const h2 = new Int32Array(n).fill(2596069104 | 0);
  const dicts = columns.map((col) => {
    if (col.kind !== "string") return null;
    const d1 = new Int32Array(col.dict.length);
    const d2 = new Int32Array(col.dict.length);
    col.dict.forEach((s, c) => {
      const [a, b] = hashString(s);
      d1[c] = a;
      d2[c] = b;
    });
    return { d1, d2 };
  });
  const BLOCK = 4096;
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    columns.forEach((col, ci) => {
      if (col.kind === "number") {
        const v = col.values;
        const w = new Uint32Array(v.buffer, v.byteOffset, v.length * 2);
        const miss = col.missing;
        for (let i = start; i < end; i++) {
          let lo;
          let hi;
          if (miss[i]) {
            lo = 1835627379;
            hi = 1768843041;
          } else if (v[i] === 0) {
            lo = 0;
            hi = 0;
          } else {
            lo = w[2 * i];
            hi = w[2 * i + 1];
          }
          let a = Math.imul(h1[i] ^ lo, 2654435761) + hi | 0;
          h1[i] = a << 5 | a >>> 27;
          a = Math.imul(h2[i] ^ hi, 2246822507) + lo | 0;
          h2[i] = a << 7 | a >>> 25;
        }
      } else {
        const { d1, d2 } = dicts[ci];
        const codes = col.codes;
        for (let i = start; i < end; i++) {
          const c = codes[i];
          const lo = c < 0 ? 1853189228 : d1[c];
          const hi = c < 0 ? 1314212940 : d2[c];
          let a = Math.imul(h1[i] ^ lo, 668265263) + hi | 0;
          h1[i] = a << 5 | a >>> 27;
          a = Math.imul(h2[i] ^ hi, 374761393) + lo | 0;
          h2[i] = a << 7 | a >>> 25;
        }
      }
    });
  }
  const o1 = new Uint32Array(n);
  const o2 = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    o1[i] = fmix(h1[i] ^ columns.length);
    o2[i] = fmix(h2[i] + 2135587861);
  }
  return { h1: o1, h2: o2 };
}
function pickRows(c, rows) {
  if (c.kind === "string") return { ...c, codes: Int32Array.from(rows, (r) => c.codes[r]) };
  return { ...c, values: Float64Array.from(rows, (r) => c.values[r]), missing: Uint8Array.from(rows, (r) => c.missing[r]) };
}
function countDuplicateRows(columns, n) {
  if (columns.length === 0) return n > 0 ? n - 1 : 0;
  const rows = rowsSharingLead(columns, n);
  if (rows === null) return countDuplicates(hashRows(columns, n));
  return rows.length === 0 ? 0 : countDuplicates(hashRows(columns, n, rows));
}
function rowsSharingLead(columns, n) {
  if (columns.length < 2) return null;
  let lead = columns[0];
  for (const c of columns) if (profile(c).distinct > profile(lead).distinct) lead = c;
  if (profile(lead).distinct < n / 2) return null;
  const index = new HashIndex(hashRows([lead], n), n);
  const shared = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const first = index.add(i);
    if (first >= 0) {
      if (!shared[first]) count++;
      shared[first] = 1;
      shared[i] = 1;
      count++;
    }
  }
  const rows = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < n; i++) if (shared[i]) rows[k++] = i;
  return rows;
}
function hashStrings(values) {
  const n = values.length;
  const h1 = new Uint32Array(n);
  const h2 = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const s = values[i];
    let a = 2166136261;
    let b = 2538058380;
    for (let j = 0; j < s.length; j++) {
      const c = s.charCodeAt(j);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 1540483477);
      b ^= b >>> 15;
    }
    h1[i] = a;
    h2[i] = b;
  }
  return { h1, h2 };
}
var HashIndex = class {
  constructor(h, expected = h.h1.length) {
    this.h = h;
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.table = new Int32Array(cap);
    this.mask = cap - 1;
  }
  h;
  table;
  mask;
  /** Adds row i; returns the first earlier row with the same fingerprint, or −1 when i is the first. */
  add(i) {
    const a = this.h.h1[i];
    const b = this.h.h2[i];
    let s = (a ^ Math.imul(b, 2654435761)) & this.mask;
    for (; ; ) {
      const r = this.table[s];
      if (r === 0) {
        this.table[s] = i + 1;
        return -1;
      }
      if (this.h.h1[r - 1] === a && this.h.h2[r - 1] === b) return r - 1;
      s = s + 1 & this.mask;
    }
  }
  /** A row with fingerprint (a, b), or −1. */
  find(a, b) {
    let s = (a ^ Math.imul(b, 2654435761)) & this.mask;
    for (; ; ) {
      const r = this.table[s];
      if (r === 0) return -1;
      if (this.h.h1[r - 1] === a && this.h.h2[r - 1] === b) return r - 1;
      s = s + 1 & this.mask;
    }
  }
};
function countDuplicates(h) {
  const n = h.h1.length;
  const index = new HashIndex(h, n);
  let dup = 0;
  for (let i = 0; i < n; i++) if (index.add(i) >= 0) dup++;
  return dup;
}
var idIndexCache = /* @__PURE__ */ new WeakMap();
function idIndex(ids) {
  const hit = idIndexCache.get(ids);
  if (hit) return hit;
  const hashes = hashStrings(ids);
  const index = new HashIndex(hashes, ids.length);
  const repeated = new Uint8Array(ids.length);
  let duplicates2 = 0;
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] === "") continue;
    const first = index.add(i);
    if (first >= 0) {
      duplicates2++;
      repeated[i] = 1;
      repeated[first] = 1;
    }
  }
  const idx = { hashes, index, repeated, duplicates: duplicates2 };
  idIndexCache.set(ids, idx);
  return idx;
}
function matchIds(baseIds, curIds) {
  const ib = idIndex(baseIds);
  if (sameIds(baseIds, curIds)) {
    idIndexCache.set(curIds, ib);
    const rows = [];
    for (let i = 0; i < curIds.length; i++) if (!ib.repeated[i] && curIds[i] !== "") rows.push(i);
    const r = Int32Array.from(rows);
    return { base: r, cur: r };
  }
  const ic = idIndex(curIds);
  const bi = new Int32Array(curIds.length);
  const ci = new Int32Array(curIds.length);
  let k = 0;
  for (let i = 0; i < curIds.length; i++) {
    if (ic.repeated[i] || curIds[i] === "") continue;
    const r = ib.index.find(ic.hashes.h1[i], ic.hashes.h2[i]);
    if (r < 0 || ib.repeated[r]) continue;
    bi[k] = r;
    ci[k] = i;
    k++;
  }
  return { base: bi.slice(0, k), cur: ci.slice(0, k) };
}
function sameIds(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/analysis/stats/distance.ts
var PSI_EPSILON = 1e-4;
function psi(baseCounts, curCounts, epsilon = PSI_EPSILON) {
  const k = baseCounts.length;
  if (curCounts.length !== k) throw new Error("psi: count vectors differ in length");
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < k; i++) {
    nb += baseCounts[i];
    nc += curCounts[i];
  }
  if (nb === 0 || nc === 0) return 0;
  const norm = 1 + k * epsilon;
  let s = 0;
  for (let i = 0; i < k; i++) {
    const b = (baseCounts[i] / nb + epsilon) / norm;
    const c = (curCounts[i] / nc + epsilon) / norm;
    s += (c - b) * Math.log(c / b);
  }
  return s;
}
function psiNoiseFloor(bins, nBase, nCur) {
  if (bins < 2 || nBase <= 0 || nCur <= 0) return 0;
  return (bins - 1) * (1 / nBase + 1 / nCur);
}
function quantileEdges(sorted, nBins = 10) {
  const n = sorted.length;
  const edges = [];
  if (n === 0) return new Float64Array(0);
  for (let k = 1; k < nBins; k++) {
    const q = sorted[Math.floor(k / nBins * (n - 1))];
    if (edges.length === 0 || q > edges[edges.length - 1]) edges.push(q);
  }
  while (edges.length > 0 && edges[edges.length - 1] >= sorted[n - 1]) edges.pop();
  return Float64Array.from(edges);
}
function quantileSorted2(sorted, q) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = q * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const frac = pos - lo;
  const a = sorted[lo];
  const b = sorted[hi];
  return frac >= 0.5 ? b - (b - a) * (1 - frac) : a + (b - a) * frac;
}
function binCountsSorted(sorted, edges) {
  const k = edges.length + 1;
  const out = new Float64Array(k);
  let prev = 0;
  for (let e = 0; e < edges.length; e++) {
    const upto = upperBound(sorted, edges[e]);
    out[e] = upto - prev;
    prev = upto;
  }
  out[k - 1] = sorted.length - prev;
  return out;
}
function upperBound(sorted, v) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function jensenShannon(p, q, base) {
  const k = p.length;
  if (q.length !== k) throw new Error("jensenShannon: vectors differ in length");
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < k; i++) {
    sp += p[i];
    sq += q[i];
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < k; i++) {
    const pi = p[i] / sp;
    const qi = q[i] / sq;
    const m = (pi + qi) / 2;
    left += relEntr(pi, m);
    right += relEntr(qi, m);
  }
  let js = left + right;
  if (base !== void 0) js /= Math.log(base);
  return Math.sqrt(js / 2);
}
function relEntr(x, y) {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

// src/analysis/data/strength.ts
function mapStrength(x, anchors) {
  if (!(x > 0)) return 0;
  let px = 0;
  let py = 0;
  for (const [ax, ay] of anchors) {
    if (x <= ax) return py + (ay - py) * (x - px) / (ax - px);
    px = ax;
    py = ay;
  }
  return Math.min(1, 1 - (1 - py) * px / x);
}
var PSI_ANCHORS = [
  [0.1, 0.25],
  [0.25, 0.5],
  [1, 0.8]
];
var PSI_MINOR = 0.1;
var PSI_MAJOR = 0.25;
var MISSING_ANCHORS = [
  [0.02, 0.25],
  [0.1, 0.5],
  [0.3, 0.8]
];
var MISSING_MIN_DELTA = 0.01;
var RANGE_ANCHORS = [
  [0.01, 0.25],
  [0.05, 0.5],
  [0.2, 0.8]
];
var DUPLICATE_ANCHORS = [
  [5e-3, 0.25],
  [0.02, 0.5],
  [0.1, 0.8]
];
var ROW_COUNT_ANCHORS = [
  [0.2, 0.25],
  [0.5, 0.5],
  [0.9, 0.8]
];
var CONSTANT_ANCHORS = [
  [0.01, 0.25],
  [0.05, 0.5],
  [0.2, 0.8]
];
var STRENGTH_TYPE_CHANGE = 0.6;
var STRENGTH_COLUMN_REMOVED = 0.4;
var STRENGTH_COLUMN_RENAMED = 0.4;
var STRENGTH_COLUMN_ADDED = 0.15;
var SKEW_ROWS = 0.9;
var SKEW_KNOWN_FACTOR = 0.8;
var SKEW_STANDARDIZED = 0.75;
var SKEW_RECODED = 0.8;
var SKEW_DISJOINT = 0.7;
var SKEW_UNKNOWN_FACTOR = 0.6;
var NOISE_ANCHORS = [
  [0.02, 0.25],
  [0.05, 0.5],
  [0.15, 0.8]
];
var OVERLAP_ANCHORS = [
  [5e-3, 0.25],
  [0.02, 0.5],
  [0.1, 0.8]
];
var STRENGTH_FEATURE_LEAK = 0.85;
var LEAK_AUC = 0.99;
var NOT_SIGNIFICANT_FACTOR = 0.7;
var FDR = 0.05;

// src/analysis/data/drift.ts
var PSI_BINS = 10;
var MAX_CATEGORIES = 50;
var KS_EXACT_BUDGET = 2e7;
var CONCENTRATION = 3;
function occupied(a, b) {
  let k = 0;
  for (let i = 0; i < a.length; i++) if (a[i] + b[i] > 0) k++;
  return k;
}
function psiParts(bc, cc, nb, nc) {
  const p = psi(bc, cc);
  const noise = psiNoiseFloor(occupied(bc, cc), nb, nc);
  return { psi: p, noise, excess: Math.max(0, p - noise) };
}
function compareNumeric(base, cur) {
  const edges = quantileEdges(base, PSI_BINS);
  const bc = binCountsSorted(base, edges);
  const cc = binCountsSorted(cur, edges);
  const pp = psiParts(bc, cc, base.length, cur.length);
  const { d: d2, wasserstein: w } = ksAndWassersteinSorted(base, cur);
  const ks = ksPValue(d2, base.length, cur.length, { exactBudget: KS_EXACT_BUDGET });
  const scale = spreadOfSorted(base);
  return {
    kind: "number",
    nBase: base.length,
    nCur: cur.length,
    bins: edges.length + 1,
    psi: pp.psi,
    psiNoise: pp.noise,
    psiExcess: pp.excess,
    pValue: ks.pValue,
    edges,
    numeric: {
      ks: ks.d,
      ksP: ks.pValue,
      ksMethod: ks.method,
      wasserstein: w,
      scale,
      wassersteinScaled: w / scale,
      meanBase: mean(base),
      meanCur: mean(cur),
      medianBase: quantileSorted2(base, 0.5),
      medianCur: quantileSorted2(cur, 0.5)
    },
    categorical: null
  };
}
function spreadOfSorted(s) {
  if (s.length === 0) return 1;
  const iqr = quantileSorted2(s, 0.75) - quantileSorted2(s, 0.25);
  if (iqr > 0) return iqr;
  const m = mean(s);
  let ss = 0;
  for (let i = 0; i < s.length; i++) ss += (s[i] - m) ** 2;
  const sd = s.length > 1 ? Math.sqrt(ss / (s.length - 1)) : 0;
  return sd > 0 ? sd : 1;
}
function mean(s) {
  let t = 0;
  for (let i = 0; i < s.length; i++) t += s[i];
  return s.length ? t / s.length : NaN;
}
function compareCategorical(names, baseCounts, curCounts) {
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < names.length; i++) {
    nb += baseCounts[i];
    nc += curCounts[i];
  }
  const unseen = [];
  const vanished = [];
  let unseenShare = 0;
  let vanishedShare = 0;
  const moves = [];
  for (let i = 0; i < names.length; i++) {
    const b = nb > 0 ? baseCounts[i] / nb : 0;
    const c = nc > 0 ? curCounts[i] / nc : 0;
    if (baseCounts[i] === 0 && curCounts[i] > 0) {
      unseen.push({ value: names[i], share: c });
      unseenShare += c;
    }
    if (curCounts[i] === 0 && baseCounts[i] > 0) {
      vanished.push({ value: names[i], share: b });
      vanishedShare += b;
    }
    moves.push({ value: names[i], base: b, cur: c });
  }
  const byShare = (x, y) => y.share - x.share || (x.value < y.value ? -1 : 1);
  unseen.sort(byShare);
  vanished.sort(byShare);
  moves.sort((x, y) => Math.abs(y.cur - y.base) - Math.abs(x.cur - x.base) || (x.value < y.value ? -1 : 1));
  const capped = capCategories(
    { names: names.slice(), baseMap: new Int32Array(0), curMap: new Int32Array(0), baseCounts, curCounts },
    MAX_CATEGORIES
  );
  const pp = psiParts(capped.baseCounts, capped.curCounts, nb, nc);
  const chi = chi2Homogeneity(capped.baseCounts, capped.curCounts);
  return {
    kind: "string",
    nBase: nb,
    nCur: nc,
    bins: capped.names.length,
    psi: pp.psi,
    psiNoise: pp.noise,
    psiExcess: pp.excess,
    pValue: chi.pValue,
    numeric: null,
    categorical: {
      chi2: chi.statistic,
      chi2P: chi.pValue,
      dof: chi.dof,
      js: nb > 0 && nc > 0 ? jensenShannon(baseCounts, curCounts, 2) : 0,
      unseen: unseen.slice(0, 10),
      unseenShare,
      vanished: vanished.slice(0, 10),
      vanishedShare,
      topMoves: moves.slice(0, 5)
    }
  };
}
function compareColumns(base, cur) {
  if (base.kind === "number" && cur.kind === "number") {
    const pb = profile(base);
    const pc = profile(cur);
    if (pb.sorted.length === 0 || pc.sorted.length === 0) return null;
    return compareNumeric(pb.sorted, pc.sorted);
  }
  if (base.kind === "string" && cur.kind === "string") {
    return compareAligned(alignCategories(base, cur));
  }
  return null;
}
function compareAligned(a) {
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < a.names.length; i++) {
    nb += a.baseCounts[i];
    nc += a.curCounts[i];
  }
  if (nb === 0 || nc === 0) return null;
  return compareCategorical(a.names, a.baseCounts, a.curCounts);
}
function psiStrength(excess, significant) {
  return mapStrength(excess, PSI_ANCHORS) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR);
}
function isReported(excess, significant) {
  return excess >= PSI_MINOR && significant || excess >= PSI_MAJOR;
}
var NO_CODE = NO_SEGMENT;
function countNumeric(col, edges, segs, sizes, k) {
  const v = col.values;
  const e = new Float64Array(9).fill(Infinity);
  e.set(edges.subarray(0, 9));
  const e0 = e[0], e1 = e[1], e2 = e[2], e3 = e[3], e4 = e[4], e5 = e[5], e6 = e[6], e7 = e[7], e8 = e[8];
  const counts = sizes.map((size) => new Float64Array(size * k));
  const totals = new Float64Array(k);
  const m = segs.length;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (x - x !== 0) continue;
    const b = +(x > e0) + +(x > e1) + +(x > e2) + +(x > e3) + +(x > e4) + +(x > e5) + +(x > e6) + +(x > e7) + +(x > e8);
    totals[b]++;
    for (let t = 0; t < m; t++) {
      const s = segs[t][i];
      if (s !== NO_CODE) counts[t][s * k + b]++;
    }
  }
  return { counts, totals };
}
function countCategorical(col, map, bucketOf, segs, sizes, k) {
  const lut = new Int32Array(map.length);
  for (let c = 0; c < map.length; c++) lut[c] = map[c] < 0 ? -1 : bucketOf[map[c]];
  const codes = col.codes;
  const counts = sizes.map((size) => new Float64Array(size * k));
  const totals = new Float64Array(k);
  const m = segs.length;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c < 0) continue;
    const b = lut[c];
    if (b < 0) continue;
    totals[b]++;
    for (let t = 0; t < m; t++) {
      const s = segs[t][i];
      if (s !== NO_CODE) counts[t][s * k + b]++;
    }
  }
  return { counts, totals };
}
function driftEval(source, baseFeatures, curFeatures, segments, minSupport) {
  profileColumns(baseFeatures);
  profileColumns(curFeatures);
  const pending = [];
  const candidates = [];
  const segBase = segments.map((sp) => sp.baseCodes);
  const segCur = segments.map((sp) => sp.curCodes);
  for (const cb of baseFeatures) {
    const cc = curFeatures.find((c2) => c2.name === cb.name);
    if (!cc || cc.kind !== cb.kind) continue;
    const use = segments.map((sp, t) => sp.column === cb.name ? -1 : t).filter((t) => t >= 0);
    const sizes = use.map((t) => segments[t].values.length);
    const sb = use.map((t) => segBase[t]);
    const sc = use.map((t) => segCur[t]);
    let cmp;
    let b;
    let c;
    let k;
    if (cb.kind === "number" && cc.kind === "number") {
      const pb = profile(cb);
      const pc = profile(cc);
      if (pb.sorted.length === 0 || pc.sorted.length === 0) continue;
      const num3 = compareNumeric(pb.sorted, pc.sorted);
      cmp = num3;
      k = num3.edges.length + 1;
      if (use.length === 0) {
        pending.push({ feature: cb.name, cmp, baseline: null });
        continue;
      }
      b = countNumeric(cb, num3.edges, sb, sizes, k);
      c = countNumeric(cc, num3.edges, sc, sizes, k);
    } else if (cb.kind === "string" && cc.kind === "string") {
      const a = alignCategories(cb, cc);
      cmp = compareAligned(a);
      if (!cmp) continue;
      if (use.length === 0) {
        pending.push({ feature: cb.name, cmp, baseline: null });
        continue;
      }
      const capped = capCategories(a, MAX_CATEGORIES);
      k = capped.names.length;
      b = countCategorical(cb, a.baseMap, capped.bucketOf, sb, sizes, k);
      c = countCategorical(cc, a.curMap, capped.bucketOf, sc, sizes, k);
    } else continue;
    const featureIndex = pending.length;
    pending.push({ feature: cb.name, cmp, baseline: null });
    use.forEach((t, u) => {
      collectSegmentCandidates(segments[t], b.counts[u], b.totals, c.counts[u], c.totals, k, minSupport, featureIndex, candidates);
    });
  }
  const segQ = benjaminiHochberg(candidates.map((c) => c.pValue));
  const bestSegment = /* @__PURE__ */ new Map();
  candidates.forEach((c, i) => {
    const q = segQ[i];
    if (!(q <= FDR) || c.psiInExcess < PSI_MINOR) return;
    if (c.psiInExcess < CONCENTRATION * c.psiOutExcess + 0.05) return;
    const prev = bestSegment.get(c.featureIndex);
    const gain = c.psiInExcess - c.psiOutExcess;
    if (!prev || gain > prev.psiInExcess - prev.psiOutExcess) {
      bestSegment.set(c.featureIndex, {
        column: c.column,
        value: c.value,
        nBase: c.nBase,
        nCur: c.nCur,
        share: c.share,
        psiIn: c.psiIn,
        psiInExcess: c.psiInExcess,
        psiOut: c.psiOut,
        psiOutExcess: c.psiOutExcess,
        pValue: c.pValue,
        qValue: q
      });
    }
  });
  return decide("eval", source, pending, bestSegment);
}
function collectSegmentCandidates(spec, bCounts, bTotals, cCounts, cTotals, k, minSupport, featureIndex, out) {
  const nSeg = spec.values.length;
  const b = { counts: bCounts, totals: bTotals };
  const c = { counts: cCounts, totals: cTotals };
  let totB = 0;
  let totC = 0;
  for (let j = 0; j < k; j++) {
    totB += b.totals[j];
    totC += c.totals[j];
  }
  const inB = new Float64Array(k);
  const inC = new Float64Array(k);
  const outB = new Float64Array(k);
  const outC = new Float64Array(k);
  for (let s = 0; s < nSeg; s++) {
    let nb = 0;
    let nc = 0;
    for (let j = 0; j < k; j++) {
      inB[j] = b.counts[s * k + j];
      inC[j] = c.counts[s * k + j];
      outB[j] = b.totals[j] - inB[j];
      outC[j] = c.totals[j] - inC[j];
      nb += inB[j];
      nc += inC[j];
    }
    if (nb < minSupport || nc < minSupport || totB - nb < minSupport || totC - nc < minSupport) continue;
    const pin = psiParts(inB, inC, nb, nc);
    const pout = psiParts(outB, outC, totB - nb, totC - nc);
    const pValue = pin.excess >= PSI_MINOR ? chi2Homogeneity(inB, inC).pValue : 1;
    out.push({
      featureIndex,
      column: spec.column,
      value: spec.values[s],
      nBase: nb,
      nCur: nc,
      share: totC > 0 ? nc / totC : 0,
      psiIn: pin.psi,
      psiInExcess: pin.excess,
      psiOut: pout.psi,
      psiOutExcess: pout.excess,
      pValue
    });
  }
}
function decide(comparison, source, pending, segments) {
  const q = benjaminiHochberg(pending.map((p) => p.cmp.pValue));
  return pending.map((p, i) => {
    const significant = q[i] <= FDR;
    let effect = p.cmp.psiExcess;
    if (comparison === "train_vs_eval" && p.baseline) effect = Math.max(0, effect - p.baseline.psiExcess);
    let strength = psiStrength(effect, significant);
    let flagged = isReported(effect, significant);
    if (comparison === "reference") strength *= REFERENCE_FACTOR;
    const segment = segments.get(i) ?? null;
    if (segment) {
      const segStrength = mapStrength(segment.psiInExcess, PSI_ANCHORS) * Math.min(1, 0.5 + 2.5 * segment.share);
      strength = Math.max(strength, segStrength);
      flagged = true;
    }
    return {
      comparison,
      feature: p.feature,
      kind: p.cmp.kind,
      source,
      nBase: p.cmp.nBase,
      nCur: p.cmp.nCur,
      bins: p.cmp.bins,
      psi: p.cmp.psi,
      psiNoise: p.cmp.psiNoise,
      psiExcess: p.cmp.psiExcess,
      pValue: p.cmp.pValue,
      qValue: q[i],
      numeric: p.cmp.numeric,
      categorical: p.cmp.categorical,
      segment,
      baseline: p.baseline,
      explainedBy: null,
      significant: significant || segment !== null,
      strength,
      flagged
    };
  });
}
var REFERENCE_FACTOR = 0.8;
function sharedColumns(features, ref) {
  const out = [];
  for (const f of features) {
    const r = ref.columns.find((c) => c.name === f.name);
    if (r && r.kind === f.kind) out.push([r, f]);
  }
  return out;
}
function driftTrainVsEval(refCur, curFeatures, refBase, baseFeatures, evalPath) {
  const pending = [];
  for (const [r, f] of sharedColumns(curFeatures, refCur)) {
    const cmp = compareColumns(r, f);
    if (!cmp) continue;
    let baseline = null;
    if (refBase && baseFeatures) {
      const rb = refBase.columns.find((c) => c.name === f.name);
      const fb = baseFeatures.find((c) => c.name === f.name);
      if (rb && fb && rb.kind === fb.kind) {
        const b = compareColumns(rb, fb);
        if (b) baseline = { psi: b.psi, psiExcess: b.psiExcess };
      }
    }
    pending.push({ feature: f.name, cmp, baseline });
  }
  return decide("train_vs_eval", `${refCur.path} vs ${evalPath}`, pending, /* @__PURE__ */ new Map());
}
function driftReference(refBase, refCur, exclude) {
  const pending = [];
  for (const cb of refBase.columns) {
    if (exclude.has(cb.name.toLowerCase())) continue;
    const cc = refCur.columns.find((c) => c.name === cb.name);
    if (!cc || cc.kind !== cb.kind) continue;
    const cmp = compareColumns(cb, cc);
    if (cmp) pending.push({ feature: cb.name, cmp, baseline: null });
  }
  return decide("reference", refCur.path, pending, /* @__PURE__ */ new Map());
}

// src/analysis/data/quality.ts
var RATE_DELTA_ALWAYS = 0.1;
var RANGE_CHANCE_MULTIPLE = 5;
function columnProfiles(table) {
  return table.columns.map((c) => {
    const p = profile(c);
    if (p.kind === "number") {
      const s = p.sorted;
      return {
        column: c.name,
        kind: "number",
        n: p.n,
        missing: p.missing,
        nan: p.nan,
        inf: p.posInf + p.negInf,
        distinct: p.distinct,
        topShare: p.topShare,
        min: s.length ? s[0] : null,
        max: s.length ? s[s.length - 1] : null
      };
    }
    return {
      column: c.name,
      kind: "string",
      n: p.n,
      missing: p.missing,
      nan: 0,
      inf: 0,
      distinct: p.distinct,
      topShare: p.topShare,
      min: null,
      max: null
    };
  });
}
var RATE_WORD = { missing: "missing", nan: "NaN", inf: "infinite" };
function rateTests(cb, cc) {
  const pb = profile(cb);
  const pc = profile(cc);
  const out = [{ kind: "missing", column: cc.name, xb: pb.missing, nb: pb.n, xc: pc.missing, nc: pc.n }];
  if (pb.kind === "number" || pc.kind === "number") {
    const nanB = pb.kind === "number" ? pb.nan : 0;
    const nanC = pc.kind === "number" ? pc.nan : 0;
    const infB = pb.kind === "number" ? pb.posInf + pb.negInf : 0;
    const infC = pc.kind === "number" ? pc.posInf + pc.negInf : 0;
    out.push({ kind: "nan", column: cc.name, xb: nanB, nb: pb.n, xc: nanC, nc: pc.n });
    out.push({ kind: "inf", column: cc.name, xb: infB, nb: pb.n, xc: infC, nc: pc.n });
  }
  return out;
}
function rateIssues(tests, comparison, source, sideName) {
  const stats = tests.map((t) => ({ t, rb: t.nb > 0 ? t.xb / t.nb : 0, rc: t.nc > 0 ? t.xc / t.nc : 0, p: twoProportionTest(t.xb, t.nb, t.xc, t.nc).pValue }));
  const q = benjaminiHochberg(stats.map((s) => s.p));
  const out = [];
  stats.forEach((s, i) => {
    const delta = s.rc - s.rb;
    const significant = q[i] <= FDR;
    if (!(Math.abs(delta) >= MISSING_MIN_DELTA && significant || Math.abs(delta) >= RATE_DELTA_ALWAYS)) return;
    const strength = mapStrength(Math.abs(delta), MISSING_ANCHORS) * (delta > 0 ? 1 : 0.7) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR);
    const word = RATE_WORD[s.t.kind] ?? s.t.kind;
    out.push({
      kind: s.t.kind,
      comparison,
      source,
      column: s.t.column,
      base: s.rb,
      cur: s.rc,
      n: s.t.nc,
      pValue: s.p,
      significant,
      strength,
      message: `${word} rate of ${s.t.column} ${delta > 0 ? "rose" : "fell"} from ${pct2(s.rb)} (${sideName}) to ${pct2(s.rc)}`,
      details: {
        [`${s.t.kind}_base`]: s.rb,
        [`${s.t.kind}_cur`]: s.rc,
        delta,
        q_value: q[i],
        n_base: s.t.nb,
        n_cur: s.t.nc
      }
    });
  });
  return out;
}
function pct2(r) {
  return `${(100 * r).toFixed(r < 1e-3 && r > 0 ? 2 : 1)}%`;
}
function comparableFeatures(base, cur) {
  const out = [];
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || cb.kind !== cc.kind) continue;
    const pb = profile(cb);
    const pc = profile(cc);
    const bad = (p) => (p.missing + (p.kind === "number" ? p.nan + p.posInf + p.negInf : 0)) / Math.max(1, p.n);
    if (Math.abs(bad(pb) - bad(pc)) < MISSING_MIN_DELTA) out.push(cc.name);
  }
  return out;
}
function rowColumns(v, names) {
  const cols = names.map((n) => v.features.find((c) => c.name === n)).filter((c) => c !== void 0);
  const label = v.table.columns.find((c) => c.name === v.labelColumn);
  return label ? [...cols, label] : cols;
}
function qualityEval(base, cur, pairs, minSupport) {
  const source = cur.path;
  profileColumns(base.table.columns);
  profileColumns(cur.table.columns);
  const issues = [];
  const tests = [];
  for (const cc of cur.table.columns) {
    if (cc.name === cur.idColumn) continue;
    const cb = base.table.columns.find((c) => c.name === cc.name);
    if (!cb) continue;
    if (cb.kind !== cc.kind) {
      issues.push(typeChange(cb, cc, "eval", source));
      continue;
    }
    tests.push(...rateTests(cb, cc));
  }
  issues.push(...rateIssues(tests, "eval", source, "baseline"));
  issues.push(...constantColumns(base, cur, minSupport));
  issues.push(...outOfRange(base, cur, minSupport));
  issues.push(...schemaDiff(base, cur, pairs));
  issues.push(...duplicates(base, cur, comparableFeatures(base, cur)));
  const rel = base.n > 0 ? Math.abs(cur.n - base.n) / base.n : 0;
  if (rel >= ROW_COUNT_ANCHORS[0][0]) {
    issues.push({
      kind: "row_count",
      comparison: "eval",
      source,
      column: null,
      base: base.n,
      cur: cur.n,
      n: cur.n,
      pValue: 0,
      significant: true,
      strength: mapStrength(rel, ROW_COUNT_ANCHORS),
      message: `eval rows ${cur.n > base.n ? "grew" : "shrank"} from ${base.n} to ${cur.n} (${cur.n > base.n ? "+" : "-"}${(100 * rel).toFixed(0)}%)`,
      details: { n_base: base.n, n_cur: cur.n, relative_change: (cur.n - base.n) / base.n }
    });
  }
  return issues;
}
function typeChange(cb, cc, comparison, source) {
  return {
    kind: "type_change",
    comparison,
    source,
    column: cc.name,
    base: null,
    cur: null,
    n: profile(cc).n,
    pValue: 0,
    significant: true,
    strength: STRENGTH_TYPE_CHANGE,
    message: `${cc.name} changed type from ${typeWord(cb)} to ${typeWord(cc)}`,
    details: { type_base: typeWord(cb), type_cur: typeWord(cc), example_cur: firstValue(cc) }
  };
}
function typeWord(c) {
  return c.kind === "number" ? "number" : "string";
}
function firstValue(c) {
  const n = profile(c).n;
  for (let i = 0; i < n; i++) {
    const t = cellText(c, i);
    if (t !== "") return t;
  }
  return null;
}
function constantColumns(base, cur, minSupport) {
  const out = [];
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || cb.kind !== cc.kind) continue;
    const pb = profile(cb);
    const pc = profile(cc);
    const nonMissingCur = pc.kind === "number" ? pc.sorted.length : pc.n - pc.missing;
    if (pc.distinct !== 1 || pb.distinct < 2 || nonMissingCur < minSupport) continue;
    const variety = 1 - pb.topShare;
    const p = Math.exp(nonMissingCur * Math.log(Math.max(pb.topShare, 1e-300)));
    const significant = p <= FDR;
    const value = firstValue(cc);
    out.push({
      kind: "constant",
      comparison: "eval",
      source: cur.path,
      column: cc.name,
      base: pb.distinct,
      cur: 1,
      n: nonMissingCur,
      pValue: p,
      significant,
      strength: mapStrength(variety, CONSTANT_ANCHORS) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR),
      message: `${cc.name} is constant (${value ?? ""}) in ${nonMissingCur} rows; the baseline had ${pb.distinct} distinct values`,
      details: { distinct_base: pb.distinct, distinct_cur: 1, value_cur: value, top_share_base: pb.topShare }
    });
  }
  return out;
}
function outOfRange(base, cur, minSupport) {
  const found = [];
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || cb.kind !== "number" || cc.kind !== "number") continue;
    const pb = profile(cb);
    const pc = profile(cc);
    const sb = pb.sorted;
    const sc = pc.sorted;
    if (sb.length < minSupport || sc.length === 0) continue;
    const lo = sb[0];
    const hi = sb[sb.length - 1];
    let below = 0;
    while (below < sc.length && sc[below] < lo) below++;
    let above = 0;
    while (above < sc.length - below && sc[sc.length - 1 - above] > hi) above++;
    const x = below + above;
    const rate = x / sc.length;
    const chance = 2 / (sb.length + 1);
    const lambda = chance * sc.length;
    const p = x === 0 ? 1 : gammaP(x, lambda);
    found.push({
      rate,
      chance,
      issue: {
        kind: "out_of_range",
        comparison: "eval",
        source: cur.path,
        column: cc.name,
        base: chance,
        cur: rate,
        n: sc.length,
        pValue: p,
        message: `${pct2(rate)} of ${cc.name} values fall outside the baseline range [${lo}, ${hi}]`,
        details: { out_of_range_rate: rate, below, above, min_base: lo, max_base: hi, min_cur: sc[0], max_cur: sc[sc.length - 1] }
      }
    });
  }
  const q = benjaminiHochberg(found.map((f) => f.issue.pValue));
  const out = [];
  found.forEach((f, i) => {
    const significant = q[i] <= FDR;
    if (!significant || f.rate < RANGE_ANCHORS[0][0] || f.rate < RANGE_CHANCE_MULTIPLE * f.chance) return;
    out.push({ ...f.issue, significant, strength: mapStrength(f.rate, RANGE_ANCHORS) });
  });
  return out;
}
function schemaDiff(base, cur, pairs) {
  const curNames = new Set(cur.table.columns.map((c) => c.name));
  const baseNames = new Set(base.table.columns.map((c) => c.name));
  const removed = base.features.filter((c) => !curNames.has(c.name));
  const added = cur.features.filter((c) => !baseNames.has(c.name));
  const out = [];
  const usedAdded = /* @__PURE__ */ new Set();
  for (const r of removed) {
    let best = null;
    for (const a of added) {
      if (usedAdded.has(a.name) || a.kind !== r.kind) continue;
      const m = renameMatch(r, a, pairs);
      if (m && (!best || m.score > best.score)) best = { col: a, score: m.score, how: m.how };
    }
    if (best) {
      usedAdded.add(best.col.name);
      out.push({
        kind: "column_renamed",
        comparison: "eval",
        source: cur.path,
        column: best.col.name,
        base: null,
        cur: null,
        n: cur.n,
        pValue: 0,
        significant: true,
        strength: STRENGTH_COLUMN_RENAMED,
        message: `column ${r.name} appears renamed to ${best.col.name} (${best.how})`,
        details: { renamed_from: r.name, renamed_to: best.col.name, match: best.how, match_score: best.score }
      });
    } else {
      out.push({
        kind: "column_removed",
        comparison: "eval",
        source: cur.path,
        column: r.name,
        base: null,
        cur: null,
        n: cur.n,
        pValue: 0,
        significant: true,
        strength: STRENGTH_COLUMN_REMOVED,
        message: `feature ${r.name} is no longer in the eval table`,
        details: { removed: r.name }
      });
    }
  }
  for (const a of added) {
    if (usedAdded.has(a.name)) continue;
    out.push({
      kind: "column_added",
      comparison: "eval",
      source: cur.path,
      column: a.name,
      base: null,
      cur: null,
      n: cur.n,
      pValue: 0,
      significant: true,
      strength: STRENGTH_COLUMN_ADDED,
      message: `feature ${a.name} is new in the eval table`,
      details: { added: a.name }
    });
  }
  return out;
}
function renameMatch(r, a, pairs) {
  if (pairs && pairs.base.length >= 10) {
    let same = 0;
    let seen = 0;
    const step = sampleStep(pairs.base.length);
    for (let i = 0; i < pairs.base.length; i += step) {
      seen++;
      if (cellText(r, pairs.base[i]) === cellText(a, pairs.cur[i])) same++;
    }
    const share = same / seen;
    if (share >= 0.95) return { score: share, how: `same value on ${(100 * share).toFixed(1)}% of rows matched by id` };
    return null;
  }
  if (r.kind === "number" && a.kind === "number") {
    const pr = profile(r);
    const pa = profile(a);
    if (pr.sorted.length < 10 || pa.sorted.length < 10) return null;
    const ks = ks2Samp(pr.sorted, pa.sorted, { presorted: true, exactBudget: 2e7 });
    if (ks.statistic <= 0.05 && ks.pValue >= 0.05) return { score: 1 - ks.statistic, how: `same distribution, KS ${ks.statistic.toFixed(3)}` };
    return null;
  }
  if (r.kind === "string" && a.kind === "string") {
    const al = alignCategories(r, a);
    let both = 0;
    for (let i = 0; i < al.names.length; i++) if (al.baseCounts[i] > 0 && al.curCounts[i] > 0) both++;
    const jaccard = al.names.length ? both / al.names.length : 0;
    const js = jensenShannon(al.baseCounts, al.curCounts, 2);
    if (jaccard >= 0.9 && js <= 0.05) return { score: 1 - js, how: `same values and shares, JS ${js.toFixed(3)}` };
  }
  return null;
}
function duplicates(base, cur, comparable) {
  const out = [];
  const idDup = (v) => v.ids ? idIndex(v.ids).duplicates : null;
  const rowDup = (v) => countDuplicateRows(rowColumns(v, comparable), v.n);
  const checks = [
    { kind: "duplicate_ids", what: "duplicated ids", xb: base ? idDup(base) : null, xc: idDup(cur) }
  ];
  if (base && comparable.length > 0) checks.push({ kind: "duplicate_rows", what: "duplicated rows", xb: rowDup(base), xc: rowDup(cur) });
  for (const c of checks) {
    if (c.xc === null) continue;
    const rc = c.xc / Math.max(1, cur.n);
    const nb = base?.n ?? 0;
    const rb = c.xb !== null && nb > 0 ? c.xb / nb : null;
    const delta = rb === null ? rc : rc - rb;
    const p = rb === null || c.xb === null ? c.xc > 0 ? 0 : 1 : twoProportionTest(c.xb, nb, c.xc, cur.n).pValue;
    const significant = p <= FDR;
    if (delta < DUPLICATE_ANCHORS[0][0] || !significant) continue;
    out.push({
      kind: c.kind,
      comparison: "eval",
      source: cur.path,
      column: c.kind === "duplicate_ids" ? cur.idColumn : null,
      base: rb,
      cur: rc,
      n: cur.n,
      pValue: p,
      significant,
      strength: mapStrength(delta, DUPLICATE_ANCHORS),
      message: `${c.xc} ${c.what} (${pct2(rc)} of rows${rb === null ? "" : `, baseline ${pct2(rb)}`})`,
      details: { duplicates_cur: c.xc, duplicates_base: c.xb, rate_cur: rc, rate_base: rb }
    });
  }
  return out;
}
function qualityCurrentOnly(cur) {
  return duplicates(null, cur, []);
}
function qualityTrainVsEval(ref, cur) {
  const tests = [];
  for (const cc of cur.features) {
    const cr = ref.columns.find((c) => c.name === cc.name);
    if (!cr || cr.kind !== cc.kind) continue;
    tests.push(...rateTests(cr, cc));
  }
  return rateIssues(tests, "train_vs_eval", cur.path, "training sample").filter((i) => (i.cur ?? 0) > (i.base ?? 0));
}
function qualityReference(refBase, refCur) {
  const issues = [];
  const tests = [];
  for (const cc of refCur.columns) {
    const cb = refBase.columns.find((c) => c.name === cc.name);
    if (!cb) continue;
    if (cb.kind !== cc.kind) {
      issues.push(typeChange(cb, cc, "reference", refCur.path));
      continue;
    }
    tests.push(...rateTests(cb, cc));
  }
  issues.push(...rateIssues(tests, "reference", refCur.path, "baseline training sample"));
  return issues;
}

// src/analysis/data/label-noise.ts
var CONCENTRATION2 = 3;
var MIN_CONTRADICTED = 5;
function probabilityOf(v) {
  if (v.task === "regression") return null;
  if (v.task === "binary" && v.score) {
    const s = v.score;
    return (i, k) => k === 1 ? s[i] : 1 - s[i];
  }
  if (v.probs && v.probs.length === v.classes.length) {
    const p = v.probs;
    return (i, k) => p[k][i];
  }
  return null;
}
function confidentLearning(v) {
  const prob = probabilityOf(v);
  if (!prob) return null;
  const K = v.classes.length;
  const sum = new Float64Array(K);
  const cnt = new Float64Array(K);
  const usable = new Uint8Array(v.n);
  for (let i = 0; i < v.n; i++) {
    const y = v.yTrue[i];
    if (!(y >= 0 && y < K)) continue;
    let ok = true;
    for (let k = 0; k < K && ok; k++) if (!Number.isFinite(prob(i, k))) ok = false;
    if (!ok) continue;
    usable[i] = 1;
    sum[y] += prob(i, y);
    cnt[y]++;
  }
  const thresholds = Array.from(sum, (s, k) => cnt[k] > 0 ? s / cnt[k] : Infinity);
  const suspect = new Uint8Array(v.n);
  let n = 0;
  let suspects = 0;
  for (let i = 0; i < v.n; i++) {
    if (!usable[i]) continue;
    n++;
    const y = v.yTrue[i];
    const py = prob(i, y);
    for (let k = 0; k < K; k++) {
      if (k === y) continue;
      const pk = prob(i, k);
      if (pk >= thresholds[k] && pk > py) {
        suspect[i] = 1;
        suspects++;
        break;
      }
    }
  }
  return { suspect, thresholds, counts: { n, suspects, rate: n > 0 ? suspects / n : 0 } };
}
function conflictingLabels(v, features) {
  const cols = features.map((n2) => v.features.find((c) => c.name === n2)).filter((c) => c !== void 0);
  let n = 0;
  for (let i = 0; i < v.n; i++) if (!Number.isNaN(v.yTrue[i])) n++;
  const lead = rowsSharingLead(cols, v.n);
  const rows = lead ?? Int32Array.from({ length: v.n }, (_, i) => i);
  const h = hashRows(cols, v.n, lead);
  const index = new HashIndex(h, rows.length);
  const group = new Int32Array(rows.length).fill(-1);
  const conflict = new Uint8Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const y = v.yTrue[rows[r]];
    if (Number.isNaN(y)) continue;
    const first = index.add(r);
    group[r] = first < 0 ? r : first;
    if (first >= 0 && v.yTrue[rows[first]] !== y) conflict[first] = 1;
  }
  let conflicted = 0;
  for (let r = 0; r < rows.length; r++) if (group[r] >= 0 && conflict[group[r]]) conflicted++;
  return { n, suspects: conflicted, rate: n > 0 ? conflicted / n : 0 };
}
function labelName(v, i, values) {
  const x = values[i];
  if (Number.isNaN(x)) return null;
  return v.task === "regression" ? x : v.classes[x] ?? null;
}
var MIN_PREDICTION_AGREEMENT = 0.8;
function labelChanges(base, cur, pairs, sb, sc) {
  if (!pairs || !base.yPred || !cur.yPred) return null;
  const flag = new Uint8Array(cur.n);
  let matched = 0;
  let changed = 0;
  let predSame = 0;
  let contradicted = 0;
  let agree = 0;
  for (let r = 0; r < pairs.base.length; r++) {
    const i = pairs.base[r];
    const j = pairs.cur[r];
    const yb = labelName(base, i, base.yTrue);
    const yc = labelName(cur, j, cur.yTrue);
    if (yb === null || yc === null) continue;
    matched++;
    flag[j] = 1;
    const pb = labelName(base, i, base.yPred);
    const pc = labelName(cur, j, cur.yPred);
    const samePred = pb !== null && pb === pc;
    if (samePred) agree++;
    if (yb === yc) continue;
    changed++;
    if (!samePred) continue;
    predSame++;
    const contra = sb && sc ? sc[j] === 1 && sb[i] === 0 : pc !== yc && pb === yb;
    if (contra) {
      contradicted++;
      flag[j] = 2;
    }
  }
  const agreement = matched > 0 ? agree / matched : 0;
  if (agreement < MIN_PREDICTION_AGREEMENT) {
    flag.fill(0);
    return { matched, changed, predSame: 0, contradicted: 0, agreement, flag };
  }
  return { matched, changed, predSame, contradicted, agreement, flag };
}
function labelNoise(base, cur, pairs, segments, minSupport, modelShifted) {
  const clCur = confidentLearning(cur);
  const clBase = base ? confidentLearning(base) : null;
  const comparable = base ? comparableFeatures(base, cur) : cur.features.map((c) => c.name);
  const conflictsCur = conflictingLabels(cur, comparable);
  const conflictsBase = base && base.task !== "regression" && comparable.length > 0 ? conflictingLabels(base, comparable) : null;
  const changes = base ? labelChanges(base, cur, pairs, clBase?.suspect ?? null, clCur?.suspect ?? null) : null;
  if (!clCur && !changes && !conflictsBase) return null;
  const rowsMatched = changes !== null && changes.matched >= 0.5 * cur.n;
  const hasCl = clCur !== null && clBase !== null && !rowsMatched && !modelShifted;
  const clDelta = hasCl ? clCur.counts.rate - clBase.counts.rate : 0;
  const clP = hasCl ? twoProportionTest(clBase.counts.suspects, clBase.counts.n, clCur.counts.suspects, clCur.counts.n).pValue : 1;
  const contradictedRate = changes && changes.matched > 0 ? changes.contradicted / changes.matched : 0;
  const segs = base && (hasCl || changes) ? noiseSegments(base, cur, segments, minSupport, hasCl ? clBase.suspect : null, hasCl ? clCur.suspect : null, changes, clBase?.suspect ?? null, clCur?.suspect ?? null) : [];
  const q = benjaminiHochberg(segs.map((s) => s.pValue));
  const scored = segs.map((s, i) => ({ ...s, qValue: q[i] }));
  let best = null;
  for (const s of scored) {
    if (!(s.qValue <= FDR) || s.effectIn < NOISE_ANCHORS[0][0]) continue;
    if (s.effectIn < CONCENTRATION2 * Math.max(0, s.effectOut) + 0.01) continue;
    if (!best || s.effectIn - s.effectOut > best.effectIn - best.effectOut) best = s;
  }
  const overallEffect = Math.max(clDelta, contradictedRate);
  const significant = clP <= FDR || changes !== null && changes.contradicted >= MIN_CONTRADICTED || best !== null;
  let strength;
  if (best) strength = mapStrength(best.effectIn, NOISE_ANCHORS) * Math.min(1, 0.5 + 2.5 * best.share);
  else strength = mapStrength(overallEffect, NOISE_ANCHORS) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR);
  strength = Math.max(strength, best ? mapStrength(overallEffect, NOISE_ANCHORS) : 0);
  const flagged = best !== null || overallEffect >= NOISE_ANCHORS[0][0] && significant;
  let conflictsFlagged = false;
  let conflictsStrength = 0;
  if (conflictsBase) {
    const d2 = conflictsCur.rate - conflictsBase.rate;
    const p = twoProportionTest(conflictsBase.suspects, conflictsBase.n, conflictsCur.suspects, conflictsCur.n).pValue;
    conflictsFlagged = d2 >= 0.01 && p <= FDR;
    conflictsStrength = conflictsFlagged ? mapStrength(d2, NOISE_ANCHORS) : 0;
  }
  const strip = (s) => ({
    column: s.column,
    value: s.value,
    nBase: s.nBase,
    nCur: s.nCur,
    rateBase: s.rateBase,
    rateCur: s.rateCur,
    rateOutBase: s.rateOutBase,
    rateOutCur: s.rateOutCur,
    changed: s.changed,
    changedOut: s.changedOut,
    pValue: s.pValue,
    qValue: s.qValue
  });
  const top = scored.slice().sort((a, b) => b.effectIn - b.effectOut - (a.effectIn - a.effectOut) || (a.column + a.value < b.column + b.value ? -1 : 1)).slice(0, 5).map(strip);
  return {
    source: cur.path,
    base: clBase?.counts ?? null,
    cur: clCur?.counts ?? null,
    thresholds: clCur?.thresholds ?? [],
    matched: changes?.matched ?? 0,
    labelsChanged: changes?.changed ?? 0,
    changedPredSame: changes?.predSame ?? 0,
    changedContradicted: changes?.contradicted ?? 0,
    segment: best ? strip(best) : null,
    segments: top,
    conflicts: { base: conflictsBase, cur: conflictsCur },
    conflictsFlagged,
    conflictsStrength,
    significant,
    strength: flagged ? strength : Math.min(strength, 0.2),
    flagged
  };
}
function noiseSegments(base, cur, segments, minSupport, sb, sc, changes, showB, showC) {
  const out = [];
  for (const spec of segments) {
    const V = spec.values.length;
    const nB = new Float64Array(V);
    const xB = new Float64Array(V);
    const nC = new Float64Array(V);
    const xC = new Float64Array(V);
    const mC = new Float64Array(V);
    const kC = new Float64Array(V);
    let totNB = 0;
    let totXB = 0;
    let totNC = 0;
    let totXC = 0;
    let totM = 0;
    let totK = 0;
    for (let i = 0; i < base.n; i++) {
      const s = spec.baseCodes[i];
      const x = showB ? showB[i] : 0;
      totNB++;
      totXB += x;
      if (s !== NO_SEGMENT) {
        nB[s]++;
        xB[s] += x;
      }
    }
    for (let i = 0; i < cur.n; i++) {
      const s = spec.curCodes[i];
      const x = showC ? showC[i] : 0;
      const f = changes ? changes.flag[i] : 0;
      totNC++;
      totXC += x;
      if (f > 0) totM++;
      if (f === 2) totK++;
      if (s !== NO_SEGMENT) {
        nC[s]++;
        xC[s] += x;
        if (f > 0) mC[s]++;
        if (f === 2) kC[s]++;
      }
    }
    for (let s = 0; s < V; s++) {
      const nb = nB[s];
      const nc = nC[s];
      if (nb < minSupport || nc < minSupport || totNB - nb < minSupport || totNC - nc < minSupport) continue;
      const rateBase = xB[s] / nb;
      const rateCur = xC[s] / nc;
      const rateOutBase = (totXB - xB[s]) / (totNB - nb);
      const rateOutCur = (totXC - xC[s]) / (totNC - nc);
      const mIn = mC[s];
      const mOut = totM - mIn;
      const kIn = kC[s];
      const kOut = totK - kIn;
      const contraIn = mIn > 0 ? kIn / mIn : 0;
      const contraOut = mOut > 0 ? kOut / mOut : 0;
      const clIn = sb && sc ? rateCur - rateBase : 0;
      const clOut = sb && sc ? rateOutCur - rateOutBase : 0;
      const pCl = sb && sc ? oneSided(twoProportionTest(xB[s], nb, xC[s], nc)) : 1;
      const pCh = changes && mIn > 0 && mOut > 0 ? oneSided(twoProportionTest(kOut, mOut, kIn, mIn)) : 1;
      out.push({
        column: spec.column,
        value: spec.values[s],
        nBase: nb,
        nCur: nc,
        rateBase,
        rateCur,
        rateOutBase,
        rateOutCur,
        changed: kIn,
        changedOut: kOut,
        pValue: Math.min(pCl, pCh),
        effectIn: Math.max(clIn, contraIn),
        effectOut: Math.max(clOut, contraOut),
        share: totNC > 0 ? nc / totNC : 0
      });
    }
  }
  return out;
}
function oneSided(t) {
  return t.z > 0 ? t.pValue / 2 : 1 - t.pValue / 2;
}

// src/analysis/data/leakage.ts
var ID_NAMES = ["id", "row_id", "example_id", "uid"];
var MAX_AUC_ROWS = 2e5;
var MIN_CLASS_ROWS = 10;
function findIdColumn(t, preferred) {
  const names = preferred ? [preferred.toLowerCase(), ...ID_NAMES] : ID_NAMES;
  for (const n of names) {
    const c = t.columns.find((x) => x.name.toLowerCase() === n);
    if (c) return c;
  }
  return void 0;
}
function overlapWith(v, ref) {
  const shared = [];
  for (const f of v.features) {
    const r = ref.columns.find((c) => c.name === f.name);
    if (r && r.kind === f.kind) shared.push([f, r]);
  }
  const labelEval = v.table.columns.find((c) => c.name === v.labelColumn);
  const labelRef = ref.columns.find((c) => c.name.toLowerCase() === v.labelColumn.toLowerCase());
  const withLabel = labelEval && labelRef && labelEval.kind === labelRef.kind ? [...shared, [labelEval, labelRef]] : shared;
  let rows = null;
  let featureHashEval = null;
  let featureHashRef = null;
  if (shared.length > 0) {
    featureHashEval = hashRows(shared.map((p) => p[0]), v.n);
    featureHashRef = hashRows(shared.map((p) => p[1]), ref.nRows);
    const he = hashRows(withLabel.map((p) => p[0]), v.n);
    const hr = hashRows(withLabel.map((p) => p[1]), ref.nRows);
    const index = new HashIndex(hr, ref.nRows);
    for (let i = 0; i < ref.nRows; i++) index.add(i);
    rows = 0;
    for (let i = 0; i < v.n; i++) if (index.find(he.h1[i], he.h2[i]) >= 0) rows++;
  }
  let ids = null;
  let confirmed = null;
  const refId = findIdColumn(ref, v.idColumn);
  if (v.ids && refId) {
    const refIds = Array.from({ length: ref.nRows }, (_, i) => cellText(refId, i));
    const hr = hashStrings(refIds);
    const index = new HashIndex(hr, ref.nRows);
    for (let i = 0; i < ref.nRows; i++) if (refIds[i] !== "") index.add(i);
    const he = idIndex(v.ids).hashes;
    ids = 0;
    confirmed = featureHashEval ? 0 : null;
    for (let i = 0; i < v.n; i++) {
      if (v.ids[i] === "") continue;
      const r = index.find(he.h1[i], he.h2[i]);
      if (r < 0) continue;
      ids++;
      if (featureHashEval && featureHashRef && confirmed !== null) {
        if (featureHashEval.h1[i] === featureHashRef.h1[r] && featureHashEval.h2[i] === featureHashRef.h2[r]) confirmed++;
      }
    }
  }
  return { n: v.n, ids, confirmed, rows, sharedColumns: shared.length };
}
function primary(o) {
  if (o.confirmed !== null) return { count: o.confirmed, how: "eval ids in the training sample with identical features" };
  if (o.ids !== null) return { count: o.ids, how: "eval ids in the training sample" };
  if (o.rows !== null) return { count: o.rows, how: "eval rows identical to a training-sample row" };
  return null;
}
function trainOverlap(base, cur, refBase, refCur) {
  const out = [];
  for (const rc of refCur) {
    const oc = overlapWith(cur, rc);
    const pc = primary(oc);
    if (!pc) continue;
    const rb = base ? pairReference(rc, refBase) : null;
    const ob = base && rb ? overlapWith(base, rb) : null;
    const pb = ob ? primary(ob) : null;
    const rateCur = pc.count / Math.max(1, cur.n);
    const rateBase = pb && base ? pb.count / Math.max(1, base.n) : null;
    const delta = rateBase === null ? rateCur : rateCur - rateBase;
    const p = rateBase === null || !base || !pb ? pc.count >= 5 ? 0 : 1 : oneSided2(twoProportionTest(pb.count, base.n, pc.count, cur.n));
    const significant = p <= FDR;
    const reported = delta >= OVERLAP_ANCHORS[0][0] && significant && (rateBase === null || rateCur >= 2 * rateBase);
    if (!reported) continue;
    out.push({
      kind: "train_overlap",
      source: cur.path,
      reference: rc.path,
      feature: null,
      base: rateBase,
      cur: rateCur,
      n: cur.n,
      pValue: p,
      significant,
      strength: mapStrength(delta, OVERLAP_ANCHORS),
      message: `${pc.count} of ${cur.n} eval rows (${(100 * rateCur).toFixed(1)}%) are in ${rc.path}: ${pc.how}${rateBase === null ? "" : `; baseline ${(100 * rateBase).toFixed(1)}%`}`,
      details: {
        overlap_rate: rateCur,
        overlap_rate_base: rateBase,
        overlap_rows: pc.count,
        id_overlap: oc.ids,
        id_overlap_confirmed: oc.confirmed,
        row_overlap: oc.rows,
        id_overlap_base: ob?.ids ?? null,
        row_overlap_base: ob?.rows ?? null,
        shared_columns: oc.sharedColumns,
        reference_rows: rc.nRows
      }
    });
  }
  return out;
}
function oneSided2(t) {
  return t.z > 0 ? t.pValue / 2 : 1 - t.pValue / 2;
}
function sampleRows(n, seed) {
  if (n <= MAX_AUC_ROWS) return Int32Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < MAX_AUC_ROWS; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  return idx.slice(0, MAX_AUC_ROWS).sort();
}
function numericAuc(col, y, rows) {
  if (col.kind !== "number") return null;
  const pos = [];
  const neg = [];
  for (const i of rows) {
    const x = col.values[i];
    const t = y[i];
    if (x - x !== 0 || Number.isNaN(t)) continue;
    (t === 1 ? pos : neg).push(x);
  }
  if (pos.length < MIN_CLASS_ROWS || neg.length < MIN_CLASS_ROWS) return null;
  const p = sortFloat64(Float64Array.from(pos));
  const q = sortFloat64(Float64Array.from(neg));
  let u = 0;
  let j = 0;
  let k = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    while (j < q.length && q[j] < v) j++;
    k = Math.max(k, j);
    while (k < q.length && q[k] === v) k++;
    u += j + 0.5 * (k - j);
  }
  const auc = u / (p.length * q.length);
  return Math.max(auc, 1 - auc);
}
function categoricalAuc(col, y, rows) {
  if (col.kind !== "string") return null;
  const K = col.dict.length;
  const posC = new Float64Array(K);
  const negC = new Float64Array(K);
  let np = 0;
  let nn = 0;
  for (const i of rows) {
    const c = col.codes[i];
    const t = y[i];
    if (c < 0 || Number.isNaN(t)) continue;
    if (t === 1) {
      posC[c]++;
      np++;
    } else {
      negC[c]++;
      nn++;
    }
  }
  if (np < MIN_CLASS_ROWS || nn < MIN_CLASS_ROWS || profile(col).distinct * 50 > np + nn) return null;
  const order = Array.from({ length: K }, (_, c) => c).filter((c) => posC[c] + negC[c] > 0).sort((a, b) => posC[a] / (posC[a] + negC[a]) - posC[b] / (posC[b] + negC[b]));
  let u = 0;
  let negBelow = 0;
  for (const c of order) {
    u += posC[c] * (negBelow + 0.5 * negC[c]);
    negBelow += negC[c];
  }
  const auc = u / (np * nn);
  return Math.max(auc, 1 - auc);
}
function absCorr(col, y, rows) {
  if (col.kind !== "number") return null;
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const i of rows) {
    const x = col.values[i];
    const t = y[i];
    if (x - x !== 0 || t - t !== 0) continue;
    n++;
    sx += x;
    sy += t;
    sxx += x * x;
    syy += t * t;
    sxy += x * t;
  }
  if (n < 30) return null;
  const cov = sxy - sx * sy / n;
  const vx = sxx - sx * sx / n;
  const vy = syy - sy * sy / n;
  if (vx <= 0 || vy <= 0) return null;
  return Math.abs(cov / Math.sqrt(vx * vy));
}
function predictiveness(v, col, rows) {
  if (v.task === "binary") {
    const a = col.kind === "number" ? numericAuc(col, v.yTrue, rows) : categoricalAuc(col, v.yTrue, rows);
    return a === null ? null : { value: a, measure: "auc" };
  }
  if (v.task === "regression") {
    const c = absCorr(col, v.yTrue, rows);
    return c === null ? null : { value: c, measure: "abs_corr" };
  }
  return null;
}
function featureLeaks(base, cur, seed) {
  if (cur.task === "multiclass") return [];
  const out = [];
  const rowsCur = sampleRows(cur.n, seed);
  const rowsBase = base ? sampleRows(base.n, seed) : null;
  for (const col of cur.features) {
    const pc = predictiveness(cur, col, rowsCur);
    if (!pc || pc.value < LEAK_AUC) continue;
    const colBase = base?.features.find((c) => c.name === col.name && c.kind === col.kind);
    const pb = base && colBase && rowsBase ? predictiveness(base, colBase, rowsBase) : null;
    if (pb && pb.value >= 0.95) continue;
    const noBaseline = base === null;
    out.push({
      kind: "feature_label",
      source: cur.path,
      reference: null,
      feature: col.name,
      base: pb?.value ?? null,
      cur: pc.value,
      n: rowsCur.length,
      pValue: 0,
      significant: true,
      strength: STRENGTH_FEATURE_LEAK * (noBaseline ? 0.7 : 1),
      message: `${col.name} alone predicts ${cur.labelColumn} (${pc.measure === "auc" ? "AUC" : "|corr|"} ${pc.value.toFixed(4)}${pb ? `, baseline ${pb.value.toFixed(4)}` : colBase ? "" : ", new feature"})`,
      details: { measure: pc.measure, value_cur: pc.value, value_base: pb?.value ?? null, new_feature: !colBase && !noBaseline }
    });
  }
  return out;
}

// src/analysis/data/preprocessing.ts
var KNOWN_FACTORS = [
  [12, "monthly vs yearly"],
  [100, "fraction vs percent"],
  [1e3, "thousands / milli- units"],
  [1e6, "millions / micro- units"],
  [10, "a factor of ten"],
  [60, "seconds / minutes / hours"],
  [3600, "seconds vs hours"],
  [24, "hours vs days"],
  [7, "days vs weeks"],
  [30, "days vs months"],
  [52, "weeks vs years"],
  [365, "days vs years"],
  [1.609344, "miles vs kilometres"],
  [2.54, "inches vs centimetres"],
  [3.28084, "metres vs feet"],
  [2.20462, "kilograms vs pounds"],
  [3.78541, "US gallons vs litres"],
  [1024, "binary kilo"]
];
var FACTOR_TOLERANCE = 0.02;
var UNKNOWN_FACTOR_MIN = 3;
var RATIO_LEVELS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
var AFFINE_LEVELS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
var MIN_VALUES = 20;
function knownFactor(ratio) {
  if (!(ratio > 0)) return null;
  for (const [f, name] of KNOWN_FACTORS) {
    for (const cand of [f, 1 / f]) {
      if (Math.abs(ratio / cand - 1) <= FACTOR_TOLERANCE) return { factor: cand, name };
    }
  }
  return null;
}
function describeRatio(r) {
  const k = knownFactor(r);
  const shown = k ? k.factor : r;
  const txt = shown >= 1 ? `\xD7${fmt4(shown)}` : `\xF7${fmt4(1 / shown)}`;
  return k ? `${txt} (${k.name})` : txt;
}
function fmt4(v) {
  return String(Number(v.toPrecision(4)));
}
function nonzeroQuantile(s, z0, z1, q) {
  const m = s.length - (z1 - z0);
  const pos = q * (m - 1);
  const lo = Math.floor(pos);
  const at = (i) => s[i < z0 ? i : i + (z1 - z0)];
  const a = at(lo);
  const b = at(Math.min(lo + 1, m - 1));
  return a + (b - a) * (pos - lo);
}
function zeroRange(s) {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (s[mid] < 0) lo = mid + 1;
    else hi = mid;
  }
  let z1 = lo;
  while (z1 < s.length && s[z1] === 0) z1++;
  return [lo, z1];
}
function median2(v) {
  const s = v.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function ratioTest(b, c) {
  const [bz0, bz1] = zeroRange(b);
  const [cz0, cz1] = zeroRange(c);
  const nzB = b.length - (bz1 - bz0);
  const nzC = c.length - (cz1 - cz0);
  if (nzB < MIN_VALUES || nzC < MIN_VALUES) return null;
  if (Math.abs((bz1 - bz0) / b.length - (cz1 - cz0) / c.length) > 0.05) return null;
  const ratios = [];
  for (const q of RATIO_LEVELS) {
    const qb = nonzeroQuantile(b, bz0, bz1, q);
    const qc = nonzeroQuantile(c, cz0, cz1, q);
    if (qb === 0 || qb * qc <= 0) return null;
    ratios.push(qc / qb);
  }
  const r = median2(ratios);
  const devs = ratios.map((x) => Math.abs(x / r - 1));
  if (median2(devs) > 0.03 || Math.max(...devs) > 0.15) return null;
  return { ratio: r, fit: devs.filter((d2) => d2 <= 0.03).length / devs.length };
}
function affineFit(b, c) {
  const xs = AFFINE_LEVELS.map((q) => quantileSorted2(b, q));
  const ys = AFFINE_LEVELS.map((q) => quantileSorted2(c, q));
  return lineFit(xs, ys);
}
function lineFit(xs, ys) {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return { a: NaN, b: NaN, r2: 0 };
  const a = sxy / sxx;
  return { a, b: my - a * mx, r2: sxy * sxy / (sxx * syy) };
}
function isStandardized(p) {
  return Math.abs(p.mean) <= 0.1 && Math.abs(p.std - 1) <= 0.1;
}
function isUnitRange(p) {
  const s = p.sorted;
  return s.length > 0 && s[0] >= 0 && s[s.length - 1] <= 1 && s[s.length - 1] - s[0] >= 0.5;
}
function quantileVerdict(pb, pc) {
  const b = pb.sorted;
  const c = pc.sorted;
  if (b.length < MIN_VALUES || c.length < MIN_VALUES) return null;
  const rt = ratioTest(b, c);
  if (rt && Math.abs(Math.log(rt.ratio)) >= Math.log(1.05)) {
    const known = knownFactor(rt.ratio);
    if (known) {
      return { kind: "scale", ratio: rt.ratio, offset: 0, known, fit: rt.fit, strength: SKEW_KNOWN_FACTOR, what: `every quantile ${describeRatio(rt.ratio)}` };
    }
    if (Math.abs(Math.log(rt.ratio)) >= Math.log(UNKNOWN_FACTOR_MIN)) {
      return { kind: "scale", ratio: rt.ratio, offset: 0, known: null, fit: rt.fit, strength: SKEW_UNKNOWN_FACTOR, what: `every quantile ${describeRatio(rt.ratio)}` };
    }
  }
  const stdB = isStandardized(pb);
  const stdC = isStandardized(pc);
  const unitB = isUnitRange(pb);
  const unitC = isUnitRange(pc);
  const far = (p) => Math.abs(p.mean) > 0.5 || Math.abs(p.std - 1) > 0.5;
  const oneSided3 = stdB !== stdC && (stdB ? far(pc) : far(pb)) || unitB !== unitC && (unitB ? !isUnitLike(pc) : !isUnitLike(pb));
  if (!oneSided3) return null;
  const fit = affineFit(b, c);
  if (!(fit.r2 >= 0.99) || !(fit.a > 0)) return null;
  const standardized = stdB !== stdC;
  const side = (standardized ? stdC : unitC) ? "current" : "baseline";
  return {
    kind: standardized ? "standardized" : "affine",
    ratio: fit.a,
    offset: fit.b,
    known: null,
    fit: fit.r2,
    strength: SKEW_STANDARDIZED,
    what: standardized ? `standardized (mean 0, sd 1) on the ${side} side only` : `min-max scaled to [0, 1] on the ${side} side only`
  };
}
function isUnitLike(p) {
  const s = p.sorted;
  return s.length > 0 && s[0] >= -0.01 && s[s.length - 1] <= 1.01;
}
function roundSignificant(v, digits) {
  if (v === 0 || !Number.isFinite(v)) return v;
  const scale = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - digits + 1);
  return Math.round(v / scale) * scale;
}
function rowVerdict(cb, cc, pairs) {
  const step = sampleStep(pairs.base.length);
  const xs = new Float64Array(Math.ceil(pairs.base.length / step));
  const ys = new Float64Array(xs.length);
  let m = 0;
  for (let i = 0; i < pairs.base.length; i += step) {
    const x = cb.values[pairs.base[i]];
    const y = cc.values[pairs.cur[i]];
    if (x - x === 0 && y - y === 0) {
      xs[m] = x;
      ys[m] = y;
      m++;
    }
  }
  if (m < MIN_VALUES) return null;
  let unchanged = 0;
  let zeros = 0;
  const ratioCounts = /* @__PURE__ */ new Map();
  for (let i = 0; i < m; i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === y) {
      unchanged++;
      if (x === 0) zeros++;
      continue;
    }
    if (x === 0) continue;
    const r = roundSignificant(y / x, 4);
    ratioCounts.set(r, (ratioCounts.get(r) ?? 0) + 1);
  }
  if (unchanged / m >= 0.95) return null;
  let modeRatio = NaN;
  let modeCount = 0;
  for (const [r, c] of ratioCounts) {
    if (c > modeCount || c === modeCount && r < modeRatio) {
      modeRatio = r;
      modeCount = c;
    }
  }
  if (modeCount > 0 && modeRatio !== 1) {
    const fit2 = (modeCount + zeros) / m;
    if (fit2 >= 0.9) {
      return { kind: "scale", ratio: modeRatio, offset: 0, fit: fit2, matched: m, strength: SKEW_ROWS, what: `${(100 * fit2).toFixed(1)}% of ${m} id-matched rows are exactly ${describeRatio(modeRatio)}` };
    }
    const part = modeCount / m;
    if (part >= 0.05 && (modeCount + unchanged) / m >= 0.9) {
      return {
        kind: "partial_scale",
        ratio: modeRatio,
        offset: 0,
        fit: part,
        matched: m,
        strength: Math.min(SKEW_ROWS, 0.5 + 0.4 * part),
        what: `${(100 * part).toFixed(1)}% of ${m} id-matched rows are ${describeRatio(modeRatio)}, the rest unchanged`
      };
    }
  }
  const line = lineFit(xs.subarray(0, m), ys.subarray(0, m));
  if (!Number.isFinite(line.a)) return null;
  let sd = 0;
  let my = 0;
  for (let i = 0; i < m; i++) my += ys[i];
  my /= m;
  for (let i = 0; i < m; i++) sd += (ys[i] - my) ** 2;
  sd = Math.sqrt(sd / Math.max(1, m - 1));
  const tol = 1e-3 * (sd || 1);
  let within = 0;
  for (let i = 0; i < m; i++) if (Math.abs(ys[i] - (line.a * xs[i] + line.b)) <= tol) within++;
  const fit = within / m;
  if (fit < 0.9 || Math.abs(line.a - 1) <= 1e-3 && Math.abs(line.b) <= tol) return null;
  const standardized = Math.abs(my) <= 0.1 && Math.abs(sd - 1) <= 0.1;
  return {
    kind: standardized ? "standardized" : "affine",
    ratio: line.a,
    offset: line.b,
    fit,
    matched: m,
    strength: SKEW_ROWS,
    what: `${(100 * fit).toFixed(1)}% of ${m} id-matched rows follow current = ${fmt4(line.a)} \xD7 baseline ${line.b >= 0 ? "+" : "\u2212"} ${fmt4(Math.abs(line.b))}${standardized ? " (standardized now)" : ""}`
  };
}
function recodingByRows(cb, cc, pairs) {
  const table = /* @__PURE__ */ new Map();
  let m = 0;
  let same = 0;
  const step = sampleStep(pairs.base.length);
  for (let i = 0; i < pairs.base.length; i += step) {
    const a = cellText(cb, pairs.base[i]);
    const b = cellText(cc, pairs.cur[i]);
    if (a === "" || b === "") continue;
    m++;
    if (a === b) same++;
    let row = table.get(a);
    if (!row) table.set(a, row = /* @__PURE__ */ new Map());
    row.set(b, (row.get(b) ?? 0) + 1);
  }
  if (m < MIN_VALUES) return null;
  let consistent = 0;
  const mapping = [];
  for (const [a, row] of table) {
    let best = "";
    let bestN = 0;
    for (const [b, n] of row) {
      if (n > bestN || n === bestN && b < best) {
        best = b;
        bestN = n;
      }
    }
    consistent += bestN;
    mapping.push([a, best, bestN]);
  }
  mapping.sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1));
  return { consistency: consistent / m, same: same / m, matched: m, mapping: mapping.slice(0, 5).map(([a, b]) => [a, b]) };
}
function overlap(cb, cc) {
  const a = alignCategories(cb, cc);
  let inBase = 0;
  let total2 = 0;
  for (let i = 0; i < a.names.length; i++) {
    total2 += a.curCounts[i];
    if (a.baseCounts[i] > 0) inBase += a.curCounts[i];
  }
  const rank = (counts) => Array.from(counts.keys()).filter((i) => counts[i] > 0).sort((x, y) => counts[y] - counts[x] || x - y);
  const rb = rank(a.baseCounts);
  const rc = rank(a.curCounts);
  const mapping = [];
  for (let i = 0; i < Math.min(5, rb.length, rc.length); i++) mapping.push([a.names[rb[i]], a.names[rc[i]]]);
  let sameProfile = false;
  if (rb.length === rc.length && rb.length >= 2) {
    const sb = rb.map((i) => a.baseCounts[i]);
    const sc = rc.map((i) => a.curCounts[i]);
    sameProfile = jensenShannon(sb, sc, 2) <= 0.1;
  }
  return { rate: total2 > 0 ? inBase / total2 : 1, mapping, sameProfile };
}
function finding(feature, comparison, source, fields, what) {
  const where2 = comparison === "eval" ? "current eval vs baseline eval" : comparison === "train_vs_eval" ? "eval vs training sample" : "current vs baseline training sample";
  return { feature, comparison, source, ...fields, message: `${feature}: ${what} (${where2})` };
}
function fromQuantiles(feature, comparison, source, v) {
  return finding(
    feature,
    comparison,
    source,
    {
      kind: v.kind,
      ratio: v.ratio,
      offset: v.offset,
      knownFactor: v.known?.factor ?? null,
      evidence: "quantiles",
      matchedRows: null,
      fit: v.fit,
      overlapRate: null,
      mapping: [],
      strength: v.strength
    },
    v.what
  );
}
function judgeDistributions(cb, cc, feature, comparison, source) {
  if (cb.kind === "number" && cc.kind === "number") {
    const v = quantileVerdict(profile(cb), profile(cc));
    return v ? fromQuantiles(feature, comparison, source, v) : null;
  }
  if (cb.kind === "string" && cc.kind === "string") {
    const pb = profile(cb);
    const pc = profile(cc);
    const nb = pb.n - pb.missing;
    const nc = pc.n - pc.missing;
    if (nb < MIN_VALUES || nc < MIN_VALUES || pb.distinct < 2 || pc.distinct < 2 || pb.distinct > nb / 2 || pc.distinct > nc / 2) return null;
    const o = overlap(cb, cc);
    if (o.rate >= 0.5) return null;
    return finding(
      feature,
      comparison,
      source,
      {
        kind: "disjoint_categories",
        ratio: null,
        offset: null,
        knownFactor: null,
        evidence: "values",
        matchedRows: null,
        fit: o.sameProfile ? 1 : 0,
        overlapRate: o.rate,
        mapping: o.mapping,
        strength: SKEW_DISJOINT
      },
      `only ${(100 * o.rate).toFixed(1)}% of current values occur in the baseline${o.sameProfile ? "; the shares match value for value, so the values were renamed" : ""}`
    );
  }
  return null;
}
function skewEval(base, cur, pairs) {
  const out = [];
  const rowsDecide = pairs !== null && pairs.cur.length >= MIN_VALUES && pairs.cur.length >= 0.5 * cur.n;
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb) continue;
    if (rowsDecide && pairs) {
      if (cb.kind === "number" && cc.kind === "number") {
        const v = rowVerdict(cb, cc, pairs);
        if (v) {
          const known = knownFactor(v.ratio);
          out.push(
            finding(cc.name, "eval", cur.path, {
              kind: v.kind,
              ratio: v.ratio,
              offset: v.offset,
              knownFactor: v.kind === "scale" || v.kind === "partial_scale" ? known?.factor ?? null : null,
              evidence: "rows",
              matchedRows: v.matched,
              fit: v.fit,
              overlapRate: null,
              mapping: [],
              strength: v.strength
            }, v.what)
          );
        }
        continue;
      }
      const rec = recodingByRows(cb, cc, pairs);
      if (rec && rec.consistency >= 0.95 && rec.same < 0.5) {
        const kind = cb.kind !== cc.kind ? "type_encoding" : "recoded";
        out.push(
          finding(cc.name, "eval", cur.path, {
            kind,
            ratio: null,
            offset: null,
            knownFactor: null,
            evidence: "rows",
            matchedRows: rec.matched,
            fit: rec.consistency,
            overlapRate: rec.same,
            mapping: rec.mapping,
            strength: SKEW_RECODED
          }, `values recoded one-to-one on ${(100 * rec.consistency).toFixed(1)}% of ${rec.matched} id-matched rows (${rec.mapping.map(([a, b]) => `${a}\u2192${b}`).join(", ")})`)
        );
      }
      continue;
    }
    const f = judgeDistributions(cb, cc, cc.name, "eval", cur.path);
    if (f) out.push(f);
  }
  return out;
}
function skewTrainVsEval(refCur, cur, refBase, base) {
  const out = [];
  for (const cc of cur.features) {
    const rc = refCur.columns.find((c) => c.name === cc.name);
    if (!rc) continue;
    const f = judgeDistributions(rc, cc, cc.name, "train_vs_eval", `${refCur.path} vs ${cur.path}`);
    if (!f) continue;
    if (refBase && base) {
      const rb = refBase.columns.find((c) => c.name === cc.name);
      const cb = base.features.find((c) => c.name === cc.name);
      const old = rb && cb ? judgeDistributions(rb, cb, cc.name, "train_vs_eval", refBase.path) : null;
      if (old && old.kind === f.kind && (f.ratio === null || old.ratio === null || Math.abs(f.ratio / old.ratio - 1) <= FACTOR_TOLERANCE)) continue;
    }
    out.push(f);
  }
  return out;
}
function skewReference(refBase, refCur, exclude) {
  const out = [];
  for (const cc of refCur.columns) {
    if (exclude.has(cc.name.toLowerCase())) continue;
    const cb = refBase.columns.find((c) => c.name === cc.name);
    if (!cb) continue;
    const f = judgeDistributions(cb, cc, cc.name, "reference", refCur.path);
    if (f) out.push(f);
  }
  return out;
}

// src/analysis/data/shift.ts
function finiteSorted(v) {
  const out = new Float64Array(v.length);
  let k = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (x - x === 0) out[k++] = x;
  }
  return sortFloat64(out.subarray(0, k));
}
function classCounts(baseCodes, baseClasses, curCodes, curClasses) {
  const names = [...baseClasses];
  for (const c of curClasses) if (!names.includes(c)) names.push(c);
  const idx = new Map(names.map((n, i) => [n, i]));
  const count = (codes, classes) => {
    const out = new Float64Array(names.length);
    const map = classes.map((c) => idx.get(c));
    for (let i = 0; i < codes.length; i++) {
      const k = codes[i];
      if (k >= 0 && k < map.length) out[map[k]]++;
    }
    return out;
  };
  return { names, bc: count(baseCodes, baseClasses), cc: count(curCodes, curClasses) };
}
function shares(names, bc, cc) {
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < names.length; i++) {
    nb += bc[i];
    nc += cc[i];
  }
  return names.map((value, i) => ({ value, base: nb ? bc[i] / nb : 0, cur: nc ? cc[i] / nc : 0 }));
}
function changedRows(pairs, base, baseClasses, cur, curClasses) {
  if (!pairs) return null;
  let changed = 0;
  let matched = 0;
  const classed = baseClasses.length > 0;
  for (let i = 0; i < pairs.base.length; i++) {
    const a = base[pairs.base[i]];
    const b = cur[pairs.cur[i]];
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    matched++;
    if (classed ? baseClasses[a] !== curClasses[b] : a !== b) changed++;
  }
  return { changed, matched };
}
function decide2(comparison, source, pending, factor = 1, cap = 1) {
  const q = benjaminiHochberg(pending.map((p) => p.cmp.pValue));
  return pending.map((p, i) => {
    const significant = q[i] <= FDR;
    return {
      what: p.what,
      comparison,
      source,
      column: p.column,
      kind: p.cmp.kind,
      nBase: p.cmp.nBase,
      nCur: p.cmp.nCur,
      psi: p.cmp.psi,
      psiExcess: p.cmp.psiExcess,
      pValue: p.cmp.pValue,
      numeric: p.cmp.numeric,
      categorical: p.cmp.categorical,
      shares: p.shares,
      changedRows: p.changed?.changed ?? null,
      matchedRows: p.changed?.matched ?? null,
      significant,
      strength: Math.min(cap, psiStrength(p.cmp.psiExcess, significant) * factor),
      flagged: isReported(p.cmp.psiExcess, significant)
    };
  });
}
function labelShift(base, cur, pairs) {
  if (base.task === "regression" && cur.task === "regression") {
    const b = finiteSorted(base.yTrue);
    const c = finiteSorted(cur.yTrue);
    if (b.length === 0 || c.length === 0) return [];
    const cmp2 = compareNumeric(b, c);
    return decide2("eval", cur.path, [
      { what: "label", column: cur.labelColumn, cmp: cmp2, shares: [], changed: changedRows(pairs, base.yTrue, [], cur.yTrue, []) }
    ]);
  }
  if (base.task === "regression" || cur.task === "regression") return [];
  const { names, bc, cc } = classCounts(base.yTrue, base.classes, cur.yTrue, cur.classes);
  const cmp = compareCategorical(names, bc, cc);
  if (cmp.nBase === 0 || cmp.nCur === 0) return [];
  return decide2("eval", cur.path, [
    {
      what: "label",
      column: cur.labelColumn,
      cmp,
      shares: shares(names, bc, cc),
      changed: changedRows(pairs, base.yTrue, base.classes, cur.yTrue, cur.classes)
    }
  ]);
}
function labelShiftReference(refBase, refCur, labelColumn) {
  const lower = labelColumn.toLowerCase();
  const cb = refBase.columns.find((c) => c.name.toLowerCase() === lower);
  const cc = refCur.columns.find((c) => c.name.toLowerCase() === lower);
  if (!cb || !cc || cb.kind !== cc.kind) return [];
  let cmp;
  let moves = [];
  if (cb.kind === "number" && cc.kind === "number" && profile(cb).distinct <= 50 && profile(cc).distinct <= 50) {
    const { names, bc, cc: ccounts } = distinctCounts(profile(cb).sorted, profile(cc).sorted);
    cmp = compareCategorical(names, bc, ccounts);
    moves = shares(names, bc, ccounts);
  } else {
    cmp = compareColumns(cb, cc);
    if (cmp?.categorical) moves = cmp.categorical.topMoves;
  }
  if (!cmp || cmp.nBase === 0 || cmp.nCur === 0) return [];
  return decide2("reference", refCur.path, [{ what: "label", column: cc.name, cmp, shares: moves, changed: null }], REFERENCE_FACTOR2);
}
function distinctCounts(b, c) {
  const values = [];
  const cb = [];
  const ccounts = [];
  let i = 0;
  let j = 0;
  while (i < b.length || j < c.length) {
    const v = j >= c.length || i < b.length && b[i] <= c[j] ? b[i] : c[j];
    let nb = 0;
    let nc = 0;
    while (i < b.length && b[i] === v) {
      i++;
      nb++;
    }
    while (j < c.length && c[j] === v) {
      j++;
      nc++;
    }
    values.push(v);
    cb.push(nb);
    ccounts.push(nc);
  }
  return { names: values.map((v) => String(v)), bc: Float64Array.from(cb), cc: Float64Array.from(ccounts) };
}
var REFERENCE_FACTOR2 = 0.8;
var PREDICTION_FACTOR = 0.7;
var PREDICTION_CAP = 0.65;
function predictionShift(base, cur, pairs) {
  const pending = [];
  const predName = cur.predColumn ?? cur.scoreColumn ?? "prediction";
  if (base.task === "regression" && cur.task === "regression") {
    if (base.yPred && cur.yPred) {
      const b = finiteSorted(base.yPred);
      const c = finiteSorted(cur.yPred);
      if (b.length && c.length) pending.push({ what: "prediction", column: predName, cmp: compareNumeric(b, c), shares: [], changed: null });
    }
    return decide2("eval", cur.path, pending, PREDICTION_FACTOR, PREDICTION_CAP);
  }
  if (base.task === "regression" || cur.task === "regression") return [];
  if (base.yPred && cur.yPred) {
    const { names, bc, cc } = classCounts(base.yPred, base.classes, cur.yPred, cur.classes);
    const cmp = compareCategorical(names, bc, cc);
    if (cmp.nBase > 0 && cmp.nCur > 0) {
      pending.push({
        what: "predicted_class",
        column: predName,
        cmp,
        shares: shares(names, bc, cc),
        changed: changedRows(pairs, base.yPred, base.classes, cur.yPred, cur.classes)
      });
    }
  }
  if (base.score && cur.score) {
    const b = finiteSorted(base.score);
    const c = finiteSorted(cur.score);
    if (b.length && c.length) pending.push({ what: "score", column: cur.scoreColumn ?? "score", cmp: compareNumeric(b, c), shares: [], changed: null });
  } else if (base.probs && cur.probs) {
    const b = finiteSorted(topProb(base.probs, base.n));
    const c = finiteSorted(topProb(cur.probs, cur.n));
    if (b.length && c.length) pending.push({ what: "confidence", column: "max(prob_*)", cmp: compareNumeric(b, c), shares: [], changed: null });
  }
  return decide2("eval", cur.path, pending, PREDICTION_FACTOR, PREDICTION_CAP);
}
function topProb(probs, n) {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (const p of probs) if (p[i] > m) m = p[i];
    out[i] = m === -Infinity ? NaN : m;
  }
  return out;
}

// src/analysis/data/analyze.ts
var SYMPTOM_FACTOR2 = 0.6;
var ID_NAMES2 = ["id", "row_id", "example_id", "uid"];
function analyzeData(input, opts) {
  const { base, cur, refBase, refCur } = input;
  const notes = [];
  const minSupport = Math.max(1, opts.minSupport);
  if (base) profileColumns(base.table.columns);
  profileColumns(cur.table.columns);
  let pairs = null;
  if (base?.ids && cur.ids) {
    const m = matchIds(base.ids, cur.ids);
    if (m.cur.length > 0) pairs = m;
  }
  if (!base) notes.push("no baseline eval table: eval-vs-eval drift, shifts, label changes and most quality checks skipped");
  else if (!pairs) notes.push("rows could not be matched by id: preprocessing skew judged on distributions only");
  const segments = [];
  if (base) {
    for (const col of cur.segmentColumns) {
      const spec = segmentSpec(col, base.table, cur.table);
      if (spec) segments.push(spec);
    }
  }
  const exclude = /* @__PURE__ */ new Set([...ID_NAMES2, cur.labelColumn.toLowerCase(), ...cur.idColumn ? [cur.idColumn.toLowerCase()] : []]);
  const refPairs = refCur.map((rc) => ({ rc, rb: pairReference(rc, refBase) }));
  let drift = [];
  if (base) drift.push(...driftEval(cur.path, base.features, cur.features, segments, minSupport));
  for (const { rc, rb } of refPairs) {
    drift.push(...driftTrainVsEval(rc, cur.features, rb, base?.features ?? null, cur.path));
    if (rb) drift.push(...driftReference(rb, rc, exclude));
  }
  const labelShifts = base ? labelShift(base, cur, pairs) : [];
  for (const { rc, rb } of refPairs) if (rb) labelShifts.push(...labelShiftReference(rb, rc, cur.labelColumn));
  const predictionShifts = base ? predictionShift(base, cur, pairs) : [];
  let quality = base ? qualityEval(base, cur, pairs, minSupport) : qualityCurrentOnly(cur);
  if (!base) for (const { rc } of refPairs) quality.push(...qualityTrainVsEval(rc, cur));
  for (const { rc, rb } of refPairs) if (rb) quality.push(...qualityReference(rb, rc));
  const preprocessing = base ? skewEval(base, cur, pairs) : [];
  for (const { rc, rb } of refPairs) {
    preprocessing.push(...skewTrainVsEval(rc, cur, rb, base));
    if (rb) preprocessing.push(...skewReference(rb, rc, exclude));
  }
  if (refCur.length === 0) notes.push("no reference (training) sample: train/serve checks and train/eval overlap skipped");
  const modelShifted = predictionShifts.some((p) => p.flagged);
  const noise = labelNoise(base, cur, pairs, segments, minSupport, modelShifted);
  if (!noise) notes.push("label noise: no probabilities, no id-matched rows and no baseline to compare conflicts with");
  const leakage = [...trainOverlap(base, cur, refBase, refCur), ...featureLeaks(base, cur, opts.seed)];
  const skewed = /* @__PURE__ */ new Map();
  for (const p of preprocessing) if (!skewed.has(p.feature)) skewed.set(p.feature, p);
  drift = drift.map((d2) => {
    const s = skewed.get(d2.feature);
    return s && d2.flagged ? { ...d2, explainedBy: `preprocessing:${s.kind}`, strength: d2.strength * SYMPTOM_FACTOR2 } : d2;
  });
  quality = quality.map((q) => {
    const s = q.column !== null && q.kind === "out_of_range" ? skewed.get(q.column) : void 0;
    return s ? { ...q, strength: q.strength * SYMPTOM_FACTOR2, details: { ...q.details, explained_by: `preprocessing:${s.kind}` } } : q;
  });
  const byStrength2 = (key) => (a, b) => b.strength - a.strength || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  drift.sort(byStrength2((d2) => `${d2.comparison}:${d2.feature}`));
  quality.sort(byStrength2((q) => `${q.kind}:${q.column ?? ""}`));
  preprocessing.sort(byStrength2((p) => `${p.comparison}:${p.feature}`));
  leakage.sort(byStrength2((l) => `${l.kind}:${l.reference ?? ""}:${l.feature ?? ""}`));
  return {
    source: cur.path,
    task: cur.task,
    nBase: base?.n ?? null,
    nCur: cur.n,
    drift,
    labelShift: labelShifts,
    predictionShift: predictionShifts,
    columns: { base: base ? columnProfiles(base.table) : null, cur: columnProfiles(cur.table) },
    quality,
    preprocessing,
    labelNoise: noise,
    leakage,
    notes
  };
}

// src/analysis/data/signals.ts
var PREDICTION_INFO_FLOOR = 0.1;
function r6(v) {
  if (v === null || v === void 0 || !Number.isFinite(v)) return null;
  return Number(v.toPrecision(6));
}
function num(v) {
  if (v === null || Number.isNaN(v)) return "n/a";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential(2);
  if (a >= 100) return String(Math.round(v * 10) / 10);
  return String(Number(v.toPrecision(3)));
}
function pct3(v) {
  return v === null ? "n/a" : `${(100 * v).toFixed(1)}%`;
}
function roundDetails(d2) {
  const out = {};
  for (const [k, v] of Object.entries(d2)) out[k] = typeof v === "number" ? r6(v) : v;
  return out;
}
function clampStrength(s) {
  return Math.min(1, Math.max(0, Number(s.toFixed(4))));
}
function driftDetails(d2) {
  const det = {
    comparison: d2.comparison,
    psi: d2.psi,
    psi_excess: d2.psiExcess,
    psi_noise: d2.psiNoise,
    p_value: d2.pValue,
    q_value: d2.qValue,
    n_base: d2.nBase,
    n_cur: d2.nCur,
    n: d2.nCur,
    bins: d2.bins
  };
  if (d2.numeric) {
    Object.assign(det, {
      ks: d2.numeric.ks,
      ks_p: d2.numeric.ksP,
      wasserstein: d2.numeric.wasserstein,
      wasserstein_scaled: d2.numeric.wassersteinScaled,
      scale_iqr: d2.numeric.scale,
      mean_base: d2.numeric.meanBase,
      mean_cur: d2.numeric.meanCur,
      median_base: d2.numeric.medianBase,
      median_cur: d2.numeric.medianCur
    });
  }
  if (d2.categorical) {
    Object.assign(det, {
      chi2: d2.categorical.chi2,
      chi2_p: d2.categorical.chi2P,
      js: d2.categorical.js,
      unseen_share: d2.categorical.unseenShare,
      vanished_share: d2.categorical.vanishedShare,
      unseen: d2.categorical.unseen.map((u) => u.value).join(", ") || null,
      vanished: d2.categorical.vanished.map((u) => u.value).join(", ") || null
    });
  }
  if (d2.segment) {
    Object.assign(det, {
      segment_psi: d2.segment.psiIn,
      segment_psi_excess: d2.segment.psiInExcess,
      outside_psi: d2.segment.psiOut,
      outside_psi_excess: d2.segment.psiOutExcess,
      segment_n_base: d2.segment.nBase,
      segment_n_cur: d2.segment.nCur,
      segment_share: d2.segment.share,
      segment_q: d2.segment.qValue
    });
  }
  if (d2.baseline) Object.assign(det, { psi_baseline: d2.baseline.psi, psi_excess_baseline: d2.baseline.psiExcess });
  if (d2.explainedBy) det.explained_by = d2.explainedBy;
  return roundDetails(det);
}
function driftEvidence(d2) {
  const ev = [{ text: `PSI ${num(d2.psi)} (no-change level ${num(d2.psiNoise)}, ${d2.bins} bins)`, value: r6(d2.psi) ?? 0 }];
  if (d2.numeric) {
    ev.push({ text: `KS ${num(d2.numeric.ks)}, p ${num(d2.numeric.ksP)} (${d2.numeric.ksMethod})`, value: r6(d2.numeric.ks) ?? 0 });
    ev.push({ text: `median ${num(d2.numeric.medianBase)} \u2192 ${num(d2.numeric.medianCur)}; Wasserstein ${num(d2.numeric.wassersteinScaled)} \xD7 IQR`, value: r6(d2.numeric.wassersteinScaled) ?? 0 });
  }
  if (d2.categorical) {
    ev.push({ text: `chi-square p ${num(d2.categorical.chi2P)}, Jensen-Shannon ${num(d2.categorical.js)}`, value: r6(d2.categorical.js) ?? 0 });
    const moves = d2.categorical.topMoves.slice(0, 3).map((m) => `${m.value} ${pct3(m.base)} \u2192 ${pct3(m.cur)}`);
    if (moves.length) ev.push({ text: `largest moves: ${moves.join("; ")}` });
    if (d2.categorical.unseen.length) ev.push({ text: `new values (${pct3(d2.categorical.unseenShare)} of rows): ${d2.categorical.unseen.slice(0, 5).map((u) => u.value).join(", ")}`, value: r6(d2.categorical.unseenShare) ?? 0 });
    if (d2.categorical.vanished.length) ev.push({ text: `vanished values (${pct3(d2.categorical.vanishedShare)} of baseline rows): ${d2.categorical.vanished.slice(0, 5).map((u) => u.value).join(", ")}`, value: r6(d2.categorical.vanishedShare) ?? 0 });
  }
  if (d2.segment) {
    ev.push({
      text: `within ${d2.segment.column}=${d2.segment.value}: PSI ${num(d2.segment.psiIn)} (n ${d2.segment.nBase} \u2192 ${d2.segment.nCur}); outside it: PSI ${num(d2.segment.psiOut)}`,
      value: r6(d2.segment.psiIn) ?? 0
    });
  }
  if (d2.baseline) ev.push({ text: `same comparison in the baseline run: PSI ${num(d2.baseline.psi)}`, value: r6(d2.baseline.psi) ?? 0 });
  if (d2.explainedBy) ev.push({ text: `explained by a preprocessing skew of the same feature (${d2.explainedBy.replace("preprocessing:", "")})` });
  return ev;
}
function driftTitle(d2) {
  const key = d2.numeric ? `KS ${num(d2.numeric.ks)}` : d2.categorical ? `JS ${num(d2.categorical.js)}` : "";
  if (d2.segment) {
    return `PSI ${num(d2.segment.psiIn)} for ${d2.feature} within ${d2.segment.column}=${d2.segment.value} (n=${d2.segment.nCur}); outside it ${num(d2.segment.psiOut)}`;
  }
  if (d2.comparison === "train_vs_eval") {
    return `${d2.feature} differs between training sample and eval: PSI ${num(d2.psi)}${d2.baseline ? ` (baseline run ${num(d2.baseline.psi)})` : ""}`;
  }
  if (d2.comparison === "reference") return `Training sample changed for ${d2.feature}: PSI ${num(d2.psi)}, ${key} (n=${d2.nCur})`;
  return `${d2.feature} drifted: PSI ${num(d2.psi)}, ${key} (n=${d2.nCur})`;
}
function driftSignal(d2) {
  return {
    category: "feature_drift",
    area: "data",
    strength: clampStrength(d2.strength),
    significant: d2.significant,
    title: driftTitle(d2),
    feature: d2.feature,
    ...d2.segment ? { segment: { column: d2.segment.column, value: d2.segment.value } } : {},
    source: d2.source,
    evidence: driftEvidence(d2),
    details: driftDetails(d2)
  };
}
function movesText(d2) {
  const m = d2.categorical?.topMoves[0];
  if (m) return ` (${m.value} ${pct3(m.base)} \u2192 ${pct3(m.cur)})`;
  if (d2.numeric) return ` (median ${num(d2.numeric.medianBase)} \u2192 ${num(d2.numeric.medianCur)})`;
  return "";
}
function referenceSignal(group) {
  const top = group[0];
  const sig = driftSignal(top);
  const others = group.slice(1);
  const title = `Training sample changed: ${group.slice(0, 3).map((d2) => `${d2.feature} PSI ${num(d2.psi)}${d2 === top ? movesText(d2) : ""}`).join(", ")}${others.length > 2 ? ` and ${others.length - 2} more` : ""} (n=${top.nBase} \u2192 ${top.nCur})`;
  return {
    ...sig,
    title,
    evidence: [
      ...sig.evidence,
      ...others.slice(0, 5).map((d2) => ({ text: `${d2.feature}: PSI ${num(d2.psi)}${movesText(d2)}`, value: r6(d2.psi) ?? 0 }))
    ],
    details: { ...sig.details, drifted_columns: group.length, other_columns: others.map((d2) => d2.feature).join(", ") || null }
  };
}
function driftSignals(a) {
  const flagged = a.drift.filter((d2) => d2.flagged);
  const evalFlagged = new Set(flagged.filter((d2) => d2.comparison === "eval").map((d2) => d2.feature));
  const refGroups = /* @__PURE__ */ new Map();
  for (const d2 of flagged) {
    if (d2.comparison !== "reference") continue;
    const g = refGroups.get(d2.source) ?? [];
    g.push(d2);
    refGroups.set(d2.source, g);
  }
  const refFeatures = /* @__PURE__ */ new Set();
  for (const [src, g] of refGroups) for (const d2 of g) refFeatures.add(`${src}\0${d2.feature}`);
  const out = [];
  for (const d2 of flagged) {
    if (d2.comparison === "reference") continue;
    if (d2.comparison === "train_vs_eval") {
      if (evalFlagged.has(d2.feature)) continue;
      const refPath = d2.source.split(" vs ")[0];
      if (refFeatures.has(`${refPath}\0${d2.feature}`)) continue;
    }
    out.push(driftSignal(d2));
  }
  for (const g of refGroups.values()) out.push(referenceSignal(g.slice().sort((x, y) => y.strength - x.strength || (x.feature < y.feature ? -1 : 1))));
  return out;
}
function shiftSignal(s, category) {
  const what = { label: "Label", predicted_class: "Predicted class", score: "Score", confidence: "Top-class confidence", prediction: "Prediction" }[s.what];
  const moves = s.shares.slice().sort((x, y) => Math.abs(y.cur - y.base) - Math.abs(x.cur - x.base)).slice(0, 3);
  const head = s.comparison === "reference" ? `${what} mix of the training sample` : `${what} distribution`;
  const title = moves.length > 0 ? `${head} moved: ${moves.map((m) => `${m.value} ${pct3(m.base)} \u2192 ${pct3(m.cur)}`).join(", ")} (PSI ${num(s.psi)})` : `${head} moved: PSI ${num(s.psi)}${s.numeric ? `, KS ${num(s.numeric.ks)}, median ${num(s.numeric.medianBase)} \u2192 ${num(s.numeric.medianCur)}` : ""}`;
  const details = {
    comparison: s.comparison,
    column: s.column,
    what: s.what,
    psi: s.psi,
    psi_excess: s.psiExcess,
    p_value: s.pValue,
    n_base: s.nBase,
    n_cur: s.nCur,
    n: s.nCur,
    changed_rows: s.changedRows,
    matched_rows: s.matchedRows
  };
  if (s.numeric) Object.assign(details, { ks: s.numeric.ks, ks_p: s.numeric.ksP, mean_base: s.numeric.meanBase, mean_cur: s.numeric.meanCur });
  if (s.categorical) Object.assign(details, { chi2: s.categorical.chi2, chi2_p: s.categorical.chi2P, js: s.categorical.js });
  for (const m of moves) {
    details[`share_base:${m.value}`] = m.base;
    details[`share_cur:${m.value}`] = m.cur;
  }
  const evidence = [{ text: `PSI ${num(s.psi)}, p ${num(s.pValue)}`, value: r6(s.psi) ?? 0 }];
  if (s.changedRows !== null && s.matchedRows) evidence.push({ text: `${s.changedRows} of ${s.matchedRows} id-matched rows changed value`, value: s.changedRows });
  return {
    category,
    area: category === "label_shift" ? "data" : "model",
    strength: clampStrength(s.strength),
    significant: s.significant,
    title,
    source: s.source,
    evidence,
    details: roundDetails(details)
  };
}
function qualityTitle(q) {
  const msg = q.message.charAt(0).toUpperCase() + q.message.slice(1);
  return q.kind === "missing" || q.kind === "nan" || q.kind === "inf" ? `${msg} (n=${q.n})` : msg;
}
function qualitySignal(q) {
  const details = { kind: q.kind, comparison: q.comparison, ...q.details, n: q.n, p_value: q.pValue };
  if (q.kind === "missing") Object.assign(details, { missing_base: q.base, missing_cur: q.cur });
  return {
    category: "data_quality",
    area: "data",
    strength: clampStrength(q.strength),
    significant: q.significant,
    title: qualityTitle(q),
    ...q.column ? { feature: q.column } : {},
    source: q.source,
    evidence: [{ text: q.message, ...q.cur !== null ? { value: r6(q.cur) ?? 0 } : {} }],
    details: roundDetails(details)
  };
}
function skewSignal(p, a) {
  const drift = a.drift.find((d2) => d2.feature === p.feature && d2.comparison === p.comparison) ?? a.drift.find((d2) => d2.feature === p.feature);
  const details = {
    kind: p.kind,
    comparison: p.comparison,
    ratio: p.ratio,
    offset: p.offset,
    known_factor: p.knownFactor,
    evidence: p.evidence,
    fit: p.fit,
    matched_rows: p.matchedRows,
    overlap_rate: p.overlapRate,
    mapping: p.mapping.length ? p.mapping.map(([x, y]) => `${x}->${y}`).join(", ") : null,
    psi: drift?.psi ?? null,
    n: drift?.nCur ?? p.matchedRows ?? null
  };
  if (drift?.numeric) Object.assign(details, { ks: drift.numeric.ks, ks_p: drift.numeric.ksP, median_base: drift.numeric.medianBase, median_cur: drift.numeric.medianCur });
  const evidence = [{ text: p.message, ...p.ratio !== null ? { value: r6(p.ratio) ?? 0 } : {} }];
  if (drift) evidence.push({ text: `the feature's distribution moved accordingly: PSI ${num(drift.psi)}`, value: r6(drift.psi) ?? 0 });
  let title;
  if (p.kind === "scale" || p.kind === "partial_scale") {
    title = `${p.feature} ${p.kind === "partial_scale" ? "partly " : ""}scaled by ${num(p.ratio)}${p.comparison === "train_vs_eval" ? " in eval vs the training sample" : p.comparison === "reference" ? " in the training sample" : " vs baseline"} (${p.evidence === "rows" ? `${p.matchedRows} matched rows` : "quantile ratios"})`;
  } else if (p.kind === "standardized" || p.kind === "affine") {
    title = `${p.feature} transformed differently: ${p.kind === "standardized" ? "standardized on one side only" : "affine map"} (slope ${num(p.ratio)}, offset ${num(p.offset)})`;
  } else if (p.kind === "disjoint_categories") {
    title = `${p.feature} values no longer overlap: ${pct3(p.overlapRate)} of current rows use a known value`;
  } else {
    title = `${p.feature} re-encoded: ${p.mapping.slice(0, 3).map(([x, y]) => `${x}\u2192${y}`).join(", ")}`;
  }
  return {
    category: "preprocessing",
    area: "data",
    strength: clampStrength(p.strength),
    significant: true,
    title,
    feature: p.feature,
    source: p.source,
    evidence,
    details: roundDetails(details)
  };
}
function noiseSignals(n) {
  const out = [];
  if (n.flagged) {
    const seg2 = n.segment;
    const details = {
      suspect_rate_base: n.base?.rate ?? null,
      suspect_rate_cur: n.cur?.rate ?? null,
      suspects_cur: n.cur?.suspects ?? null,
      n: n.cur?.n ?? n.matched,
      matched_rows: n.matched,
      labels_changed: n.labelsChanged,
      labels_changed_pred_same: n.changedPredSame,
      labels_changed_contradicted: n.changedContradicted,
      contradicted_share: n.changedPredSame > 0 ? n.changedContradicted / n.changedPredSame : null
    };
    if (seg2) {
      Object.assign(details, {
        segment_rate_base: seg2.rateBase,
        segment_rate_cur: seg2.rateCur,
        outside_rate_base: seg2.rateOutBase,
        outside_rate_cur: seg2.rateOutCur,
        segment_changed: seg2.changed,
        outside_changed: seg2.changedOut,
        segment_n: seg2.nCur,
        segment_q: seg2.qValue
      });
    }
    const evidence = [];
    if (n.base && n.cur) evidence.push({ text: `suspected label errors (confident learning) ${pct3(n.base.rate)} \u2192 ${pct3(n.cur.rate)}`, value: r6(n.cur.rate) ?? 0 });
    if (n.labelsChanged > 0) {
      evidence.push({
        text: `${n.labelsChanged} of ${n.matched} id-matched rows changed label; ${n.changedPredSame} with the prediction unchanged, ${n.changedContradicted} now contradicted by the model`,
        value: n.changedContradicted
      });
    }
    if (seg2) {
      evidence.push({
        text: `within ${seg2.column}=${seg2.value}: suspects ${pct3(seg2.rateBase)} \u2192 ${pct3(seg2.rateCur)}, ${seg2.changed} contradicted label changes; outside: ${pct3(seg2.rateOutBase)} \u2192 ${pct3(seg2.rateOutCur)}, ${seg2.changedOut}`,
        value: r6(seg2.rateCur) ?? 0
      });
    }
    const title = seg2 ? `Label noise concentrated in ${seg2.column}=${seg2.value}: suspected errors ${pct3(seg2.rateBase)} \u2192 ${pct3(seg2.rateCur)} (n=${seg2.nCur})${seg2.changed > 0 ? `, ${seg2.changed} labels changed against an unchanged model` : ""}` : n.changedContradicted > 0 ? `${n.changedContradicted} eval labels changed against an unchanged model (${n.labelsChanged} changed of ${n.matched} matched rows)` : `Suspected label errors rose ${pct3(n.base?.rate ?? null)} \u2192 ${pct3(n.cur?.rate ?? null)} (n=${n.cur?.n ?? 0})`;
    out.push({
      category: "label_noise",
      area: "data",
      strength: clampStrength(n.strength),
      significant: n.significant,
      title,
      ...seg2 ? { segment: { column: seg2.column, value: seg2.value } } : {},
      source: n.source,
      evidence,
      details: roundDetails(details)
    });
  }
  if (n.conflictsFlagged && n.conflicts.base) {
    const c = n.conflicts;
    out.push({
      category: "label_noise",
      area: "data",
      strength: clampStrength(n.conflictsStrength),
      significant: true,
      title: `Conflicting labels on identical feature rows rose ${pct3(c.base.rate)} \u2192 ${pct3(c.cur.rate)} (n=${c.cur.n})`,
      source: n.source,
      evidence: [{ text: `${c.cur.suspects} rows share their features with a row of another label (baseline ${c.base.suspects})`, value: c.cur.suspects }],
      details: roundDetails({ kind: "conflicting_labels", conflict_rate_base: c.base.rate, conflict_rate_cur: c.cur.rate, n: c.cur.n })
    });
  }
  return out;
}
function leakageSignal(l) {
  const title = l.kind === "train_overlap" ? `${pct3(l.cur)} of eval rows are in the training sample ${l.reference}${l.base !== null ? ` (baseline ${pct3(l.base)})` : ""} (n=${l.n})` : `${l.feature} alone predicts the label: ${l.details.measure === "auc" ? "AUC" : "|corr|"} ${l.cur.toFixed(4)}${l.base !== null ? ` (baseline ${l.base.toFixed(4)})` : ""}`;
  return {
    category: "leakage",
    area: "evaluation",
    strength: clampStrength(l.strength),
    significant: l.significant,
    title,
    ...l.feature ? { feature: l.feature } : {},
    source: l.source,
    evidence: [{ text: l.message, value: r6(l.cur) ?? 0 }],
    details: roundDetails({ kind: l.kind, ...l.details, n: l.n, p_value: l.pValue })
  };
}
function skewSignals(a) {
  const byFeature = /* @__PURE__ */ new Map();
  for (const p of a.preprocessing) {
    const g = byFeature.get(p.feature) ?? [];
    g.push(p);
    byFeature.set(p.feature, g);
  }
  const out = [];
  for (const g of byFeature.values()) {
    const sorted = g.slice().sort((x, y) => y.strength - x.strength || (x.comparison < y.comparison ? -1 : 1));
    const sig = skewSignal(sorted[0], a);
    const also = sorted.slice(1);
    out.push(
      also.length === 0 ? sig : {
        ...sig,
        evidence: [...sig.evidence, ...also.map((p) => ({ text: p.message, ...p.ratio !== null ? { value: r6(p.ratio) ?? 0 } : {} }))],
        details: { ...sig.details, also_seen: also.map((p) => `${p.comparison}:${p.kind}${p.ratio !== null ? `:${num(p.ratio)}` : ""}`).join(", ") }
      }
    );
  }
  return out;
}
function dataSignals(a) {
  const out = [];
  out.push(...skewSignals(a));
  out.push(...driftSignals(a));
  out.push(...a.labelShift.filter((s) => s.flagged).map((s) => shiftSignal(s, "label_shift")));
  out.push(
    ...a.predictionShift.filter((s) => s.flagged || s.strength >= PREDICTION_INFO_FLOOR).map((s) => shiftSignal(s, "prediction_shift"))
  );
  out.push(...a.quality.map(qualitySignal));
  if (a.labelNoise) out.push(...noiseSignals(a.labelNoise));
  out.push(...a.leakage.map(leakageSignal));
  return out;
}

// src/analysis/analyze.ts
function pairByPath(base, cur) {
  const out = cur.map((c) => ({ base: base.find((b) => b.path.toLowerCase() === c.path.toLowerCase()) ?? null, cur: c }));
  if (base.length === 1 && cur.length === 1 && out[0].base === null) out[0].base = base[0];
  return out;
}
function analyzeRuns(base, cur, config) {
  const metricDiffs = base ? diffMetrics(base.metrics, cur.metrics, config.metrics) : [];
  const paramChanges = base ? diffParams(base.params, cur.params) : [];
  const { seed, resamples, minSupport, alpha } = config.analysis;
  const evalPairs = pairByPath(base?.evals ?? [], cur.evals).map((p) => ({
    path: p.cur.path,
    base: p.base,
    cur: p.cur,
    performance: analyzePerformance(p.base, p.cur, { seed, resamples, minSupport, alpha }),
    data: analyzeData({ base: p.base, cur: p.cur, refBase: base?.reference ?? [], refCur: cur.reference }, { seed, minSupport })
  }));
  const logPairs = pairByPath(base?.trainLogs ?? [], cur.trainLogs);
  const signals = [];
  for (const p of evalPairs) signals.push(...performanceSignals(p.performance), ...annotatePriorAdjusted(dataSignals(p.data), p.base, p.cur));
  const training = logPairs.map((p) => analyzeTraining({ base: p.base, cur: p.cur, paramChanges }));
  for (const t of training) signals.push(...trainingSignals(t));
  const problems = [...base?.problems ?? [], ...cur.problems];
  return {
    hasBaseline: base !== null,
    metricDiffs,
    paramChanges,
    evalPairs,
    logPairs,
    training,
    signals,
    problems,
    counts: {
      baseFiles: base ? base.metrics.length + base.params.length + base.evals.length + base.trainLogs.length + base.reference.length : 0,
      curFiles: cur.metrics.length + cur.params.length + cur.evals.length + cur.trainLogs.length + cur.reference.length
    }
  };
}

// src/diagnosis/playbook.ts
var d = (s, k) => s.details[k];
var num2 = (v, digits = 4) => typeof v === "number" ? String(Number(v.toPrecision(digits))) : String(v);
var seg = (s) => s.segment ? `${s.segment.column}=${s.segment.value}` : "";
var where = (s) => s.segment ? ` within ${seg(s)}` : "";
function paramKeyText(ctx, pattern) {
  const hits = ctx.paramChanges.filter((p) => pattern.test(p.key));
  if (hits.length === 0) return null;
  return hits.map((p) => `\`${p.key}\` ${String(p.baseline)} \u2192 ${String(p.current)}`).join(", ");
}
function revertText(ctx, pattern) {
  const hits = ctx.paramChanges.filter((p) => pattern.test(p.key));
  if (hits.length === 0) return null;
  return hits.map((p) => `\`${p.key}: ${String(p.baseline)}\``).join(", ");
}
var gateSnippet = (metric) => `add a gate to \`.github/ml-doctor.yml\`: \`gate: { fail-on: major }\`${metric ? ` and \`metrics: { ${metric}: { tolerance: 0.005 } }\`` : ""}`;
var PLAYBOOK = {
  metric_regression: (s, ctx) => ({
    rootCause: `${s.metric ?? "A headline metric"} got worse beyond noise; this is the symptom \u2014 the findings ranked above it name what changed upstream.`,
    fix: "Fix the upstream cause named in the findings above; if none is named, bisect the PR (revert half the changed files/params) and re-run the eval.",
    verification: `Re-run the training/eval job on this branch and compare again: ${s.metric ?? "the metric"} should be back near ${typeof d(s, "baseline") === "number" ? `the baseline's ${num2(d(s, "baseline"))}` : "the baseline value"}, with the 95% CI of the delta including 0.`,
    prevention: gateSnippet(ctx.headlineMetric ?? s.metric ?? null)
  }),
  segment_regression: (s) => ({
    rootCause: `The regression is concentrated in ${seg(s) || "one slice of the data"}; rows there changed or the model now handles them worse.`,
    fix: `Inspect the eval rows with ${seg(s) || "this slice"} (compare their features with the baseline's) and fix the upstream change named above; if the slice is under-represented in training, re-weight or add data for it.`,
    verification: `Re-run the eval: ${s.metric ?? "the metric"} for ${seg(s) || "the slice"} should be back near ${typeof d(s, "baseline") === "number" ? `the baseline's ${num2(d(s, "baseline"))}` : "the baseline value"} (n=${String(d(s, "n") ?? "?")}), with the CI of the change including 0.`,
    prevention: `Name \`${s.segment?.column ?? "the column"}\` under \`eval[].segments\` in \`.github/ml-doctor.yml\` so every PR reports it, and keep \`gate: { fail-on: major }\`.`
  }),
  feature_drift: (s) => ({
    rootCause: `The distribution of \`${s.feature ?? "a feature"}\` moved${where(s)} (${typeof d(s, "segment_psi") === "number" ? `PSI ${num2(d(s, "segment_psi"), 3)} inside, ${num2(d(s, "outside_psi"), 3)} outside` : d(s, "psi") !== void 0 ? `PSI ${num2(d(s, "psi"), 3)}` : "see evidence"}): ${d(s, "comparison") === "reference" ? "the training sample is not the one the baseline model was trained on" : "the eval data is not what the model was trained and evaluated on before"}.`,
    fix: `Check where \`${s.feature ?? "the feature"}\`${where(s)} comes from in this PR (data snapshot, query, join, sampling). If the new population is intended, retrain on data that includes it; if not, restore the previous data source.`,
    verification: `Re-run ml-doctor: PSI of \`${s.feature ?? "the feature"}\`${where(s)} below 0.1 (or the segment's metric back within its CI after retraining).`,
    prevention: `Add a data-contract test on the eval snapshot: the PSI of \`${s.feature ?? "the feature"}\` against the training sample must stay below 0.25, per \`${s.segment?.column ?? "segment"}\`.`
  }),
  label_shift: (s) => ({
    rootCause: `The label distribution of the eval set changed${where(s)}; metrics move with class priors even when the model is unchanged.`,
    fix: "Confirm the eval split/labels are the intended ones; if the new prior is real, recalibrate the threshold / priors (or retrain) for it; report per-class recall alongside accuracy.",
    verification: "Per-class recall should be unchanged if only the prior moved; re-run and compare the per-class numbers.",
    prevention: "Pin the eval split (hash of ids) in CI and assert its label distribution in a data test."
  }),
  prediction_shift: (s) => ({
    rootCause: `The model's predictions/scores moved${where(s)}; on its own this is a symptom of a change in inputs, weights or post-processing.`,
    fix: "Look at the upstream findings (data, preprocessing, training, calibration) for why the scores moved.",
    verification: "After the fix, the score distribution PSI against the baseline is below 0.1.",
    prevention: "Track the score distribution in the eval artifacts and gate on prediction shift with ml-doctor."
  }),
  data_quality: (s) => ({
    rootCause: `Data quality of \`${s.feature ?? "the eval data"}\` broke: ${s.title}. The model is scored on values it never saw in training (e.g. imputed or missing).`,
    fix: `Fix the join/source that fills \`${s.feature ?? "the column"}\` (restore the previous source or backfill it); make the pipeline fail instead of silently imputing when the missing rate jumps.`,
    verification: `Re-run: the missing / invalid rate of \`${s.feature ?? "the column"}\` back to the baseline's, and the headline metric within its CI.`,
    prevention: `Add a data-contract assertion in the pipeline, e.g. \`assert df["${s.feature ?? "col"}"].isna().mean() <= ${num2(Math.max(0.01, Number(d(s, "missing_base") ?? 0) + 0.01), 2)}\`, before scoring.`
  }),
  label_noise: (s) => ({
    rootCause: `Eval labels${where(s)} look wrong: the model is confidently right about rows whose label says otherwise (confident-learning check). The model did not get worse there; the labels did.`,
    fix: `Audit the label source/join for ${seg(s) || "the affected rows"} (e.g. a join on the wrong key); restore the previous labels or relabel the suspected rows listed in the report.`,
    verification: "Re-run the eval with corrected labels: the suspected-label-error rate returns to the baseline rate and the segment metric recovers.",
    prevention: "Add a test that the eval labels of rows present in both versions of the label table are identical, or gate on the label-noise rate per segment."
  }),
  leakage: (s) => ({
    rootCause: `Eval rows are visible to training (${s.title}); the metric "improvement" measures memorisation, not generalisation, and cannot be trusted.`,
    fix: `Remove the eval rows from the training data (${s.details["param"] ? `\`${String(d(s, "param"))}\`` : "the training tables / split code"}); split by id before any concatenation.`,
    verification: "Re-run: no eval id or row hash in the training sample, and metrics back near the baseline.",
    prevention: "Add a CI assertion that training ids and eval ids are disjoint (`set(train.id) & set(eval.id) == set()`); ml-doctor reports this as leakage on every PR."
  }),
  overfitting: (_s, ctx) => ({
    rootCause: `The model overfits: validation loss bottoms out early and rises while training loss keeps falling${paramKeyText(ctx, /(weight_decay|dropout|early_stopping|epochs|patience|restore_best|l2|regulari)/i) ? ` after ${paramKeyText(ctx, /(weight_decay|dropout|early_stopping|epochs|patience|restore_best|l2|regulari)/i)}` : ""}.`,
    fix: `Restore regularisation / early stopping \u2014 ${revertText(ctx, /(weight_decay|dropout|early_stopping|epochs|patience|restore_best|l2|regulari)/i) ? `revert to ${revertText(ctx, /(weight_decay|dropout|early_stopping|epochs|patience|restore_best|l2|regulari)/i)}` : "weight decay, dropout, early stopping on validation loss"} \u2014 or keep the checkpoint of the best validation epoch.`,
    verification: `Re-run training: the validation loss should not rise more than a few % after its minimum, and the eval ${ctx.headlineMetric ?? "loss"} returns within the baseline's CI.`,
    prevention: "Keep early stopping with restore-best in the training config and let ml-doctor gate on the validation-loss gap (overfitting is a major finding)."
  }),
  underfitting: (_s, ctx) => ({
    rootCause: `The model underfits: both losses are higher than the baseline's and still falling at the end${paramKeyText(ctx, /(epochs|max_iter|n_estimators|steps|hidden|layers|depth)/i) ? ` (${paramKeyText(ctx, /(epochs|max_iter|n_estimators|steps|hidden|layers|depth)/i)})` : ""}.`,
    fix: "Train longer or restore capacity (epochs, iterations, model size) to the baseline values; check the learning rate is not too low.",
    verification: "Re-run training: final training and validation loss at or below the baseline values, loss curve flat at the end.",
    prevention: "Log and gate on the slope of the loss over the last epochs; a still-falling loss at the end is flagged."
  }),
  training_instability: (s, ctx) => ({
    rootCause: `Training is unstable: ${s.title}${paramKeyText(ctx, /(^|\.)(lr|learning_rate|eta|step_size)$/i) ? `, after ${paramKeyText(ctx, /(^|\.)(lr|learning_rate|eta|step_size)$/i)}` : ""}.`,
    fix: "Lower the learning rate (or add warm-up), add gradient clipping (e.g. `clip_grad_norm_(params, 1.0)`), and check the inputs for NaN/inf.",
    verification: "Re-run training: no NaN/inf losses, no spike above 3\xD7 the rolling median, gradient norm within the baseline range.",
    prevention: "Fail the training job on non-finite loss and log the gradient norm every epoch so ml-doctor can compare it."
  }),
  learning_rate: (s, ctx) => ({
    rootCause: `The learning rate is wrong for this run: ${s.title}${paramKeyText(ctx, /(^|\.)(lr|learning_rate|eta|step_size)$/i) ? ` (${paramKeyText(ctx, /(^|\.)(lr|learning_rate|eta|step_size)$/i)})` : ""}.`,
    fix: `Revert ${s.details["key"] ? `\`${String(d(s, "key"))}\` to ${String(d(s, "baseline"))}` : "the learning rate to the baseline value"}, or run a short LR range test and pick the largest LR whose loss still falls smoothly.`,
    verification: "Re-run training: validation loss decreases monotonically over the first epochs and the final loss matches the baseline.",
    prevention: "Treat the learning-rate key as a reviewed parameter: ml-doctor annotates it on the PR; add an LR sweep job before changing it."
  }),
  calibration: (s, ctx) => ({
    rootCause: `Predicted probabilities are less trustworthy: ${s.title}${paramKeyText(ctx, /calibrat|temperature/i) ? ` (${paramKeyText(ctx, /calibrat|temperature/i)})` : ""}. Ranking metrics may be unchanged while probabilities are over/under-confident.`,
    fix: `Restore the calibration step${paramKeyText(ctx, /calibrat|temperature/i) ? ` (${paramKeyText(ctx, /calibrat|temperature/i)})` : ""} \u2014 temperature/Platt scaling fitted on the validation split \u2014 before writing scores.`,
    verification: "Re-run the eval: ECE and Brier back within their CIs of the baseline values.",
    prevention: "Add `metrics: { ece: { direction: lower, tolerance: 0.01 } }` to `.github/ml-doctor.yml` and a unit test that the inference path applies calibration."
  }),
  bias: (s) => ({
    rootCause: `The metric gap between groups of the protected attribute \`${s.segment?.column ?? "attribute"}\` grew (${s.title}); the model now serves one group worse${s.details["ref_share_base"] !== void 0 ? ` \u2014 the training data's share of the group changed from ${num2(d(s, "ref_share_base"), 3)} to ${num2(d(s, "ref_share_cur"), 3)}` : ""}.`,
    fix: `Restore the group's representation in the training data (check the training query/join for dropped rows of ${seg(s) || "that group"}), or re-weight by group; compare group sizes in the training sample before and after the PR.`,
    verification: `Re-run: the gap between groups of \`${s.segment?.column ?? "attribute"}\` back within the baseline's CI, and each group's metric within its CI.`,
    prevention: `List \`${s.segment?.column ?? "the attribute"}\` under \`eval[].protected\` in \`.github/ml-doctor.yml\` and assert group counts of the training sample in a data test.`
  }),
  config_change: (s) => ({
    rootCause: `Parameter \`${String(d(s, "key") ?? "?")}\` changed from ${String(d(s, "baseline"))} to ${String(d(s, "current"))}, and the evidence ties it to the regression.`,
    fix: `Revert \`${String(d(s, "key") ?? "the key")}\` to ${String(d(s, "baseline"))}, or justify the new value with a sweep.`,
    verification: "Re-run with the reverted value: the regression disappears.",
    prevention: "Require a sweep/benchmark for changes to this key; ml-doctor annotates changed keys on the PR."
  }),
  preprocessing: (s) => ({
    rootCause: `Train/serve skew: \`${s.feature ?? "a feature"}\` is transformed differently at eval time than in training (${s.title}) \u2014 e.g. a unit or scale change in the feature source.`,
    fix: `Apply the same transform to \`${s.feature ?? "the feature"}\` on both paths${typeof d(s, "ratio") === "number" ? ` (values are \xD7${num2(d(s, "ratio"), 4)}: convert back, e.g. divide by ${num2(d(s, "ratio"), 4)}, or retrain on the new unit)` : ""}; share one preprocessing function between training and serving.`,
    verification: `Re-run: the median of \`${s.feature ?? "the feature"}\` in eval matches the training sample (ratio \u2248 1) and the headline metric is back within its CI.`,
    prevention: `Add a unit test of the preprocessing that feeds a known row through the serving path and asserts \`${s.feature ?? "feature"}\` equals the training value; add a range assertion on \`${s.feature ?? "feature"}\`.`
  }),
  infrastructure: (s) => ({
    rootCause: s.title,
    fix: String(d(s, "fix") ?? "Make the CI job write the missing artifact, or point the config at it."),
    verification: "Re-run the workflow: the report lists the artifact as loaded.",
    prevention: "Upload the artifacts directory on every run of the default branch so a baseline always exists."
  })
};
function adviceFor(s, ctx) {
  return PLAYBOOK[s.category](s, ctx);
}

// src/diagnosis/derived-signals.ts
var NOT_HEADLINE = /^(train|training|val|valid|validation|data|dataset|meta|info|time|timing|system)(\.|:|$)/i;
function metricFileSignals(a) {
  const rowTested = new Set(a.signals.filter((s) => s.category === "metric_regression" && s.metric).map((s) => s.metric.split(".").pop()));
  const rowsAvailable = a.evalPairs.some((p) => p.base !== null);
  const out = [];
  for (const m of a.metricDiffs) {
    if (m.status !== "regressed" || m.baseline === null || m.current === null) continue;
    const leaf = m.name.split(/[.:]/).pop();
    if (rowTested.has(leaf) || NOT_HEADLINE.test(m.name)) continue;
    if (rowsAvailable && !m.nonFinite) continue;
    const rel = m.nonFinite ? Infinity : Math.abs(m.delta) / Math.max(Math.abs(m.baseline), 1e-12);
    const strength = m.nonFinite ? 0.9 : Math.min(1, rel / 0.1);
    out.push({
      category: "metric_regression",
      area: "model",
      strength,
      significant: m.nonFinite || rel > 0.02,
      title: m.nonFinite ? `${m.name} is ${String(m.current)} (baseline ${m.baseline})` : `${m.name} ${m.direction === "higher" ? "fell" : "rose"} from ${round(m.baseline)} to ${round(m.current)} (${(rel * 100).toFixed(1)} % relative)`,
      metric: m.name,
      source: "metrics file",
      evidence: [
        { text: `${m.name}: ${round(m.baseline)} \u2192 ${round(m.current)} (\u0394 ${round(m.delta)})`, value: m.delta },
        { text: "from the metrics file only: no eval rows to test the change against noise (threshold 2 % relative)" }
      ],
      details: { baseline: m.baseline, current: m.current, delta: m.delta, relative: rel }
    });
  }
  return out;
}
function infrastructureSignals(a, baselineMissingReason) {
  const out = [];
  for (const p of a.problems) {
    out.push({
      category: "infrastructure",
      area: "infrastructure",
      strength: 0.5,
      significant: true,
      title: `Artifact could not be read: ${p.message}`,
      source: p.file,
      evidence: [{ text: p.message }],
      details: { file: p.file, fix: `Fix or regenerate ${p.file}; the review ran without it.` }
    });
  }
  if (!a.hasBaseline) {
    out.push({
      category: "infrastructure",
      area: "infrastructure",
      strength: 0.5,
      significant: true,
      title: "No baseline found: nothing to compare this run with",
      evidence: [{ text: baselineMissingReason ?? "no baseline directory was given" }],
      details: {
        fix: "Upload the artifacts directory as a workflow artifact on every push to the default branch (see examples/workflows/baseline-on-main.yml), or pass --baseline / baseline-path."
      }
    });
  } else if (a.counts.curFiles === 0) {
    out.push({
      category: "infrastructure",
      area: "infrastructure",
      strength: 0.5,
      significant: true,
      title: "The current run has no artifacts ml-doctor recognises",
      evidence: [{ text: "expected metrics.json, params.yaml, eval/*.csv, train_log.csv or data/*.csv (CONTRACT \xA71)" }],
      details: { fix: "Write the artifacts under the directory given as --current / `artifacts`, or name them in .github/ml-doctor.yml." }
    });
  }
  return out;
}
function round(v) {
  return Number(v.toPrecision(4));
}
var SYMPTOM_CATEGORIES = /* @__PURE__ */ new Set(["metric_regression", "segment_regression", "prediction_shift", "infrastructure", "config_change"]);
function configSuspectSignals(a, signals) {
  if (a.paramChanges.length === 0) return [];
  const regressions = signals.filter((s) => (s.category === "metric_regression" || s.category === "segment_regression") && s.significant && s.strength >= 0.25);
  if (regressions.length === 0) return [];
  const causes = signals.filter((s) => !SYMPTOM_CATEGORIES.has(s.category) && s.significant && s.strength >= 0.25);
  if (causes.length > 0 || signals.some((s) => s.category === "config_change")) return [];
  const strongest = regressions.reduce((m, s) => s.strength > m.strength ? s : m);
  const weak = (k) => /(seed|name|path|dir|source|version|snapshot|tag|comment|description)$/i.test(k);
  const keys = [...a.paramChanges].sort((x, y) => Number(weak(x.key)) - Number(weak(y.key)));
  const first = keys[0];
  const list = keys.slice(0, 5).map((p) => `${p.key}: ${String(p.baseline)} \u2192 ${String(p.current)}`);
  return [
    {
      category: "config_change",
      area: "model",
      strength: Math.min(0.79, strongest.strength),
      significant: true,
      title: `${keys.length === 1 ? "Only one parameter changed" : `${keys.length} parameters changed`} and no data or training cause was found: ${list[0]}`,
      evidence: [
        ...list.map((t) => ({ text: t })),
        { text: `regression it must explain: ${strongest.title}` },
        { text: "ruled out upstream: no feature drift, data-quality, preprocessing, leakage, label or training-log signal reached minor severity" }
      ],
      details: { key: first.key, baseline: first.baseline, current: first.current, changed: keys.length }
    }
  ];
}
var ALIASES = { roc_auc: "auc", logloss: "log_loss", acc: "accuracy", brier_score: "brier", ap: "average_precision", auc_ovr: "auc_ovr_macro" };
var CHECKABLE = /* @__PURE__ */ new Set(["accuracy", "precision", "recall", "f1", "f1_macro", "f1_weighted", "auc", "auc_ovr_macro", "average_precision", "log_loss", "brier", "rmse", "mae", "r2"]);
function rowMetricName(name) {
  const leaf = name.split(/[.:]/).pop().toLowerCase();
  const m = ALIASES[leaf] ?? leaf;
  return CHECKABLE.has(m) || m === "ece" || m === "mean_error" || m === "mape" ? m : null;
}
function consistencySignals(a) {
  if (a.evalPairs.length !== 1) return [];
  const perf = a.evalPairs[0].performance;
  const out = [];
  for (const m of a.metricDiffs) {
    if (m.current === null || NOT_HEADLINE.test(m.name)) continue;
    const rowName = rowMetricName(m.name);
    if (!rowName || !CHECKABLE.has(rowName)) continue;
    const rows = perf.metrics.find((x) => x.name === rowName)?.current;
    if (rows === null || rows === void 0 || !Number.isFinite(m.current)) continue;
    const diff = Math.abs(rows - m.current);
    if (diff <= Math.max(1e-3, 5e-3 * Math.abs(rows))) continue;
    out.push({
      category: "infrastructure",
      area: "infrastructure",
      strength: 0.3,
      significant: true,
      title: `${m.name} in the metrics file (${round(m.current)}) disagrees with the eval rows (${round(rows)})`,
      metric: m.name,
      evidence: [
        { text: `${m.name}: metrics file ${round(m.current)}, recomputed from ${a.evalPairs[0].path} ${round(rows)}`, value: rows - m.current }
      ],
      details: { file: m.current, rows, fix: `Write ${m.name} from the same rows and threshold as ${a.evalPairs[0].path}, or point the config at the right eval table.` }
    });
  }
  return out;
}

// src/diagnosis/diagnose.ts
var SYMPTOMS = /* @__PURE__ */ new Set(["metric_regression", "segment_regression", "prediction_shift"]);
var SEVERITY_RANK = { critical: 3, major: 2, minor: 1, info: 0 };
function severityOf(s) {
  if (!s.significant) return "info";
  if (s.strength >= 0.8) return "critical";
  if (s.strength >= 0.5) return "major";
  if (s.strength >= 0.25) return "minor";
  return "info";
}
var isRangeQuality = (s) => s.category === "data_quality" && s.details["kind"] === "out_of_range";
var explainedByPrior = (s) => {
  const adj = s.details["prior_adjusted_psi"];
  const raw = s.details["psi"];
  return typeof adj === "number" && typeof raw === "number" && adj < 0.1 && adj <= 0.35 * raw;
};
var sameFeature = (a, b) => a.feature !== void 0 && a.feature === b.feature;
var sameSegment = (a, b) => a.segment !== void 0 && b.segment !== void 0 && a.segment.column === b.segment.column && a.segment.value === b.segment.value;
function byStrength(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.signal.strength - a.signal.strength || (a.signal.title < b.signal.title ? -1 : 1);
}
function absorb(parent, child) {
  parent.extra.push({ text: child.signal.title, ...child.signal.details["psi"] !== void 0 && typeof child.signal.details["psi"] === "number" ? { value: child.signal.details["psi"] } : {} });
  parent.absorbed++;
}
function diagnose(analysis, config, baselineMissingReason) {
  const observed = [...analysis.signals, ...metricFileSignals(analysis), ...infrastructureSignals(analysis, baselineMissingReason), ...consistencySignals(analysis)];
  const signals = [...observed, ...configSuspectSignals(analysis, observed)];
  let nodes = signals.map((signal) => ({ signal, severity: severityOf(signal), extra: [], explainedBy: null, absorbed: 0 })).filter((n) => n.severity !== "info" || n.signal.category === "infrastructure");
  nodes.sort(byStrength);
  nodes = mergeWhere(nodes, (keep, other) => {
    const a = keep.signal;
    const b = other.signal;
    if (a.category === "metric_regression" && b.category === "metric_regression") return true;
    if (a.category === "feature_drift" && b.category === "feature_drift" && a.segment && sameSegment(a, b)) return true;
    if (a.category === "feature_drift" && b.category === "feature_drift" && sameFeature(a, b)) return true;
    if ((a.category === "preprocessing" || a.category === "data_quality" && !isRangeQuality(a)) && (b.category === "feature_drift" || b.category === "data_quality") && sameFeature(a, b)) return true;
    if (a.category === "feature_drift" && b.category === "data_quality" && isRangeQuality(b) && sameFeature(a, b)) return true;
    if (a.category === b.category && a.category !== "segment_regression" && a.category !== "config_change" && a.category !== "data_quality" && a.category !== "feature_drift" && a.category !== "infrastructure") {
      return a.feature === b.feature && a.segment?.column === b.segment?.column;
    }
    return false;
  });
  for (const bias of nodes.filter((n) => n.signal.category === "bias")) {
    nodes = nodes.filter((n) => {
      const isReference = n.signal.details["comparison"] === "reference";
      if (n.signal.category === "feature_drift" && isReference && n.signal.feature === bias.signal.segment?.column) {
        absorb(bias, n);
        bias.extra.unshift({ text: `training data changed for this attribute: ${n.signal.title}` });
        return false;
      }
      return true;
    });
  }
  const nCur = analysis.evalPairs.reduce((m, p) => Math.max(m, p.cur.n), 0);
  const metricNode = nodes.find((n) => n.signal.category === "metric_regression");
  if (metricNode && nCur > 0) {
    nodes = nodes.filter((n) => {
      if (n.signal.category !== "segment_regression") return true;
      const share = n.signal.details["shareOfDrop"];
      const n_ = n.signal.details["n"];
      if (typeof share !== "number" || typeof n_ !== "number") return true;
      if (localization(share, n_, nCur) >= 2) return true;
      absorb(metricNode, n);
      return false;
    });
    const conds = (n) => n.signal.segment?.column.split(" & ").length ?? 1;
    const named = (n) => nodes.some((c) => !SYMPTOMS.has(c.signal.category) && c.signal.segment && sameSegment(c.signal, n.signal)) ? 0 : 1;
    const isBin = (n) => /^[[(]/.test(n.signal.segment?.value ?? "") ? 1 : 0;
    const segsByStrength = nodes.filter((n) => n.signal.category === "segment_regression").sort((x, y) => named(x) - named(y) || conds(x) - conds(y) || isBin(x) - isBin(y) || byStrength(x, y));
    for (let i = 0; i < segsByStrength.length; i++) {
      const b = segsByStrength[i];
      const a = segsByStrength.slice(0, i).find((k) => nodes.includes(k) && repeatsSlice(k.signal, b.signal));
      if (a) {
        absorb(a, b);
        nodes = nodes.filter((n) => n !== b);
      }
    }
    const segs = nodes.filter((n) => n.signal.category === "segment_regression").sort(byStrength);
    for (const extra of segs.slice(3)) {
      absorb(segs[0], extra);
      nodes = nodes.filter((n) => n !== extra);
    }
  }
  const discriminationFell = signals.some(
    (s) => s.category === "metric_regression" && s.significant && s.strength >= 0.25 && /^(auc|auc_ovr_macro|average_precision|accuracy|f1|f1_macro|r2)$/.test(s.metric ?? "")
  ) || [...nodes.find((n) => n.signal.category === "metric_regression")?.extra ?? []].some((e) => /^(ROC AUC|Average precision|Accuracy) fell/.test(e.text));
  const isSymptom = (n) => SYMPTOMS.has(n.signal.category) || n.signal.category === "calibration" && discriminationFell;
  const causes = nodes.filter((n) => !isSymptom(n) && n.signal.category !== "infrastructure");
  const primaryRank = (c) => {
    const order = ["leakage", "preprocessing", "data_quality", "label_noise", "learning_rate", "training_instability", "overfitting", "underfitting", "feature_drift", "bias", "config_change", "label_shift", "calibration"];
    const i = order.indexOf(c);
    return i < 0 ? order.length : i;
  };
  for (const n of causes) {
    const c = n.signal.category;
    const explainer = causes.find((m) => {
      if (m === n) return false;
      const mc = m.signal.category;
      if (SEVERITY_RANK[m.severity] < SEVERITY_RANK[n.severity] - 1) return false;
      if ((c === "calibration" || c === "label_shift") && primaryRank(mc) < primaryRank(c) && !(mc === "feature_drift" && explainedByPrior(m.signal))) return true;
      if (c === "feature_drift" && (mc === "preprocessing" || mc === "data_quality" && !isRangeQuality(m.signal)) && sameFeature(m.signal, n.signal)) return true;
      if (c === "feature_drift" && mc === "leakage" && n.signal.details["comparison"] === "reference") return true;
      if (c === "feature_drift" && mc === "label_shift" && explainedByPrior(n.signal)) return true;
      if (isRangeQuality(n.signal) && mc === "feature_drift" && sameFeature(m.signal, n.signal)) return true;
      return false;
    });
    if (explainer) n.explainedBy = explainer;
  }
  const primary2 = causes.filter((n) => n.explainedBy === null).sort((a, b) => byStrength(a, b) || primaryRank(a.signal.category) - primaryRank(b.signal.category));
  const top = primary2[0] ?? null;
  for (const n of nodes) {
    if (isSymptom(n) && top) n.explainedBy = top;
  }
  const causeSegmentCols = new Set(primary2.flatMap((p) => p.signal.segment ? [p.signal.segment.column] : []));
  const causeSegments = primary2.filter((p) => p.signal.segment);
  const symptomRank = (n) => {
    const s = n.signal;
    if (s.category === "segment_regression") {
      if (causeSegments.some((p) => sameSegment(p.signal, s))) return 0;
      if (s.segment && causeSegmentCols.has(s.segment.column)) return 1;
      const share = s.details["shareOfDrop"];
      const n_ = s.details["n"];
      if (primary2.length === 0 && typeof share === "number" && typeof n_ === "number" && share >= 0.5 && localization(share, n_, nCur) >= 2) return 1.5;
      return 3;
    }
    if (s.category === "metric_regression") return 2;
    if (s.category === "calibration") return 3.5;
    return 4;
  };
  const symptoms = nodes.filter(isSymptom).sort((a, b) => symptomRank(a) - symptomRank(b) || byStrength(a, b));
  const strongPrimary = primary2.filter((p, i) => i === 0 || SEVERITY_RANK[p.severity] >= 2);
  const weakPrimary = primary2.filter((p) => !strongPrimary.includes(p));
  const explained = causes.filter((n) => n.explainedBy !== null).sort(byStrength);
  const infra = nodes.filter((n) => n.signal.category === "infrastructure").sort(byStrength);
  const headlineSymptoms = symptoms.filter((s) => s.signal.category === "metric_regression" || s.signal.category === "segment_regression");
  const otherSymptoms = symptoms.filter((s) => !headlineSymptoms.includes(s));
  const ordered = [...infra.filter((n) => SEVERITY_RANK[n.severity] >= 2), ...strongPrimary, ...headlineSymptoms, ...weakPrimary, ...explained, ...otherSymptoms, ...infra.filter((n) => SEVERITY_RANK[n.severity] < 2)];
  const headlineMetric = symptoms.find((n) => n.signal.category === "metric_regression")?.signal.metric ?? null;
  const ids = /* @__PURE__ */ new Map();
  ordered.forEach((n, i) => ids.set(n, `F${i + 1}`));
  const findings = ordered.map((n) => {
    const s = n.signal;
    const advice = adviceFor(s, { paramChanges: analysis.paramChanges, headlineMetric });
    const f = {
      id: ids.get(n),
      category: s.category,
      severity: n.severity,
      area: s.area,
      title: s.title,
      ...s.metric !== void 0 ? { metric: s.metric } : {},
      ...s.feature !== void 0 ? { feature: s.feature } : {},
      ...s.segment !== void 0 ? { segment: { column: s.segment.column, value: s.segment.value } } : {},
      evidence: [...s.evidence, ...n.extra].map((e) => ({ text: e.text, ...e.value !== void 0 && Number.isFinite(e.value) ? { value: e.value } : {} })),
      ...advice
    };
    if (n.explainedBy && ids.has(n.explainedBy)) {
      f.explainedBy = ids.get(n.explainedBy);
      f.rootCause = `${f.rootCause} Explained by ${f.explainedBy} (${n.explainedBy.signal.category}).`;
    }
    return f;
  });
  const verdict = verdictOf(findings, config.gate.failOn);
  const characterization = characterize(findings, analysis, signals);
  return { findings, verdict, summary: summarize(findings, verdict, analysis), characterization };
}
function repeatsSlice(a, b) {
  if (!a.segment || !b.segment) return false;
  const condsA = a.segment.column.split(" & ").map((c, i) => `${c}=${a.segment.value.split(" & ")[i] ?? ""}`);
  const condsB = b.segment.column.split(" & ").map((c, i) => `${c}=${b.segment.value.split(" & ")[i] ?? ""}`);
  if (condsA.every((c) => condsB.includes(c))) return true;
  const nA = a.details["n"];
  const nB = b.details["n"];
  const dA = a.details["delta"];
  const dB = b.details["delta"];
  if (typeof nA !== "number" || typeof nB !== "number" || typeof dA !== "number" || typeof dB !== "number") return false;
  if (a.metric !== b.metric) return false;
  return Math.abs(nA - nB) <= 0.05 * Math.max(nA, nB) && Math.abs(dA - dB) <= 0.2 * Math.abs(dA);
}
function localization(share, n, total2) {
  if (n >= total2) return 1;
  if (share >= 1) return Infinity;
  if (share <= 0) return 0;
  return share * (total2 - n) / (n * (1 - share));
}
function mergeWhere(nodes, same) {
  const out = [];
  for (const n of nodes) {
    const keep = out.find((k) => same(k, n));
    if (keep) absorb(keep, n);
    else out.push(n);
  }
  return out;
}
function verdictOf(findings, failOn) {
  const worst = Math.max(-1, ...findings.map((f) => SEVERITY_RANK[f.severity]));
  const threshold = failOn === "critical" ? 3 : failOn === "major" ? 2 : failOn === "any" ? 1 : Infinity;
  if (worst >= threshold) return "fail";
  if (worst >= 2) return "warn";
  return "pass";
}
function summarize(findings, verdict, analysis) {
  const counted = findings.filter((f) => f.severity !== "info");
  if (counted.length === 0) {
    const n = analysis.evalPairs.reduce((a, p) => a + p.cur.n, 0);
    return `No regression beyond noise: ${analysis.metricDiffs.length} metrics compared${n > 0 ? `, ${n} eval rows analysed` : ""}; nothing reached minor severity.`;
  }
  const top = counted[0];
  const rest = counted.length - 1;
  const bySev = (s) => counted.filter((f) => f.severity === s).length;
  const parts = ["critical", "major", "minor"].filter((s) => bySev(s) > 0).map((s) => `${bySev(s)} ${s}`);
  return `Verdict ${verdict}: ${parts.join(", ")}. Most likely root cause (${top.category}): ${top.title}.${rest > 0 ? ` ${rest} further finding${rest > 1 ? "s" : ""} below, symptoms linked to their cause.` : ""}`;
}
var HYPOTHESES = [
  { category: "leakage", label: "train/eval leakage" },
  { category: "preprocessing", label: "train/serve preprocessing skew" },
  { category: "data_quality", label: "data quality (missing / invalid values, schema)" },
  { category: "feature_drift", label: "feature drift" },
  { category: "label_shift", label: "label shift" },
  { category: "label_noise", label: "label noise" },
  { category: "learning_rate", label: "learning rate" },
  { category: "training_instability", label: "training instability" },
  { category: "overfitting", label: "overfitting" },
  { category: "underfitting", label: "underfitting" },
  { category: "calibration", label: "calibration" },
  { category: "bias", label: "group disparity (bias)" },
  { category: "config_change", label: "a changed parameter" }
];
function characterize(findings, analysis, signals) {
  const serious = findings.filter((f) => f.severity !== "info");
  const top = serious.find((f) => !SYMPTOMS.has(f.category)) ?? serious[0];
  const symptom = serious.find((f) => f.category === "metric_regression" || f.category === "segment_regression");
  const hypotheses = HYPOTHESES.map(({ category, label }) => {
    const f = findings.find((x) => x.category === category && x.severity !== "info");
    if (f) return { category, status: "supported", evidence: `${label}: ${f.id} ${f.title}` };
    const weak = signals.filter((s) => s.category === category).sort((a, b) => b.strength - a.strength)[0];
    if (weak) return { category, status: "ruled_out", evidence: `${label}: strongest signal below minor \u2014 ${weak.title}` };
    const tested = testedFor(category, analysis);
    return tested ? { category, status: "ruled_out", evidence: `${label}: ${tested}` } : { category, status: "untested", evidence: `${label}: no artifact to test it (${missingFor(category)})` };
  });
  const phaseOf = (f) => {
    if (!f) return "none";
    if (f.area === "training") return "training";
    return "eval";
  };
  return {
    symptom: symptom ? symptom.title : top ? top.title : "no regression beyond noise",
    phase: phaseOf(top),
    kind: top ? top.area === "evaluation" ? "evaluation" : top.area : "none",
    severity: top ? top.severity : "none",
    hypotheses
  };
}
function testedFor(category, a) {
  const haveEval = a.evalPairs.some((p) => p.base !== null);
  const haveLogs = a.logPairs.length > 0;
  switch (category) {
    case "learning_rate":
    case "training_instability":
    case "overfitting":
    case "underfitting":
      return haveLogs ? `no signal in ${a.logPairs.map((l) => l.cur.path).join(", ")}` : null;
    case "config_change":
      return a.paramChanges.length === 0 ? "no parameter changed" : `${a.paramChanges.length} changed parameter(s), none tied to a regression`;
    default:
      return haveEval ? `no signal in ${a.evalPairs.map((p) => p.path).join(", ")}` : null;
  }
}
function missingFor(category) {
  if (["learning_rate", "training_instability", "overfitting", "underfitting"].includes(category)) return "no training log in both runs";
  if (category === "config_change") return "no params file";
  return "no eval table in both runs";
}

// src/version.ts
var VERSION = "0.1.0";

// src/report/build.ts
function round62(v) {
  if (!Number.isFinite(v)) return v;
  return Number(v.toPrecision(6));
}
function buildReport(input) {
  const { analysis, diagnosis } = input;
  const metrics = analysis.metricDiffs.map((m) => {
    const row = {
      name: m.name,
      baseline: finiteOrNull2(m.baseline),
      current: finiteOrNull2(m.current),
      delta: m.delta === null ? null : finiteOrNull2(round62(m.delta)),
      direction: m.direction,
      status: m.status
    };
    const iv = input.intervals?.get(m.name.split(/[.:]/).pop());
    if (iv && !/^(train|val|valid|validation|data)\./i.test(m.name)) {
      row.ci = [round62(iv.ci[0]), round62(iv.ci[1])];
      row.significant = iv.significant;
    }
    return row;
  });
  return {
    schemaVersion: 1,
    tool: { name: "ml-doctor", version: VERSION },
    verdict: diagnosis.verdict,
    summary: diagnosis.summary,
    baseline: input.baseline,
    current: input.current,
    metrics,
    params: analysis.paramChanges.map((p) => ({ key: p.key, baseline: p.baseline, current: p.current })),
    segments: [...input.segments ?? []],
    findings: diagnosis.findings,
    characterization: diagnosis.characterization
  };
}
function finiteOrNull2(v) {
  return v === null || !Number.isFinite(v) ? null : v;
}

// src/review.ts
function review(input) {
  const cur = loadRun(input.current, input.config);
  const base = input.baseline ? loadRun(input.baseline, input.config) : null;
  const analysis = analyzeRuns(base, cur, input.config);
  const diagnosis = diagnose(analysis, input.config, input.baselineMissingReason);
  const report = buildReport({
    analysis,
    diagnosis,
    config: input.config,
    ...reportRows(analysis),
    baseline: input.baseline ? { source: input.baseline.kind, ref: input.baseline.ref } : { source: "none", ref: "" },
    current: { source: input.current.kind, ref: input.current.ref }
  });
  return { report, problems: [...base?.problems ?? [], ...cur.problems] };
}
function reportRows(a) {
  const intervals = /* @__PURE__ */ new Map();
  const segments = [];
  if (a.evalPairs.length === 1) {
    for (const m of a.evalPairs[0].performance.metrics) {
      if (m.ci) intervals.set(m.name, { ci: [m.ci[0], m.ci[1]], significant: m.significant });
    }
    for (const d2 of a.metricDiffs) {
      const row = rowMetricName(d2.name);
      const leaf = d2.name.split(/[.:]/).pop();
      if (row && row !== leaf && intervals.has(row)) intervals.set(leaf, intervals.get(row));
    }
  }
  for (const p of a.evalPairs) {
    const segs = [...p.performance.segments].filter((s) => s.ci !== null).sort((x, y) => x.qValue - y.qValue || (x.column < y.column ? -1 : 1));
    for (const s of segs) {
      segments.push({
        table: p.path,
        column: s.column,
        value: s.value,
        n: s.nCurrent,
        metric: s.metric,
        baseline: round62(s.baseline),
        current: round62(s.current),
        delta: round62(s.delta),
        ci: [round62(s.ci[0]), round62(s.ci[1])],
        significant: s.significant
      });
    }
  }
  return { intervals, segments };
}

// src/cli/args.ts
var USAGE = `Usage: ml-doctor diagnose --baseline DIR --current DIR [--config FILE] [--out DIR]
                          [--format md|json|both] [--llm none|openai|github-models]
                          [--fail-on critical|major|any|never]

Compares a baseline run's artifacts with the current run's and diagnoses regressions.
Writes report.json and report.md to --out (default ml-doctor-report/).
Exit codes: 0 pass or warn, 1 fail (per gate.fail-on), 2 usage or input error.`;
var FLAGS = ["--baseline", "--current", "--config", "--out", "--format", "--llm", "--fail-on"];
function oneOf(flag, v, allowed) {
  if (!allowed.includes(v)) throw new InputError("command line", flag, `invalid value '${v}'; expected one of: ${allowed.join(", ")}`);
  return v;
}
function parseArgs(argv) {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") return { kind: "help" };
  if (argv[0] === "--version" || argv[0] === "-v") return { kind: "version" };
  if (argv[0] !== "diagnose") throw new InputError("command line", null, `unknown command '${argv[0]}'; expected: diagnose`);
  const vals = /* @__PURE__ */ new Map();
  for (let i = 1; i < argv.length; i++) {
    const raw = argv[i];
    if (raw === "--help" || raw === "-h") return { kind: "help" };
    const eq = raw.indexOf("=");
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    if (!FLAGS.includes(flag)) throw new InputError("command line", flag, `unknown option; expected one of: ${FLAGS.join(", ")}`);
    const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === void 0 || value === "") throw new InputError("command line", flag, "needs a value");
    vals.set(flag, value);
  }
  const current = vals.get("--current");
  if (!current) throw new InputError("command line", "--current", "is required (the current run's artifacts directory)");
  return {
    kind: "diagnose",
    args: {
      baseline: vals.get("--baseline") ?? null,
      current,
      config: vals.get("--config") ?? null,
      out: vals.get("--out") ?? "ml-doctor-report",
      format: oneOf("--format", vals.get("--format") ?? "md", ["md", "json", "both"]),
      llm: vals.has("--llm") ? oneOf("--llm", vals.get("--llm"), ["none", "openai", "github-models"]) : null,
      failOn: vals.has("--fail-on") ? oneOf("--fail-on", vals.get("--fail-on"), ["critical", "major", "any", "never"]) : null
    }
  };
}

// src/cli/main.ts
function runCli(argv, io) {
  try {
    const cmd = parseArgs(argv);
    if (cmd.kind === "help") {
      io.stdout(USAGE + "\n");
      return 0;
    }
    if (cmd.kind === "version") {
      io.stdout(`ml-doctor ${VERSION}
`);
      return 0;
    }
    const a = cmd.args;
    const defaultCfg = join2(io.cwd, ".github/ml-doctor.yml");
    const cfgPath = a.config ?? (existsSync(defaultCfg) ? defaultCfg : null);
    let config = DEFAULT_CONFIG;
    if (cfgPath) {
      let text;
      try {
        text = readFileSync2(cfgPath, "utf8");
      } catch {
        throw new InputError(cfgPath, null, "config file not found");
      }
      config = parseConfig(cfgPath, text);
    }
    if (a.failOn) config = { ...config, gate: { failOn: a.failOn } };
    if (a.llm) config = { ...config, llm: { ...config.llm, provider: a.llm } };
    const current = localDirSource(a.current, "path", a.current);
    const baseline = a.baseline ? localDirSource(a.baseline, "path", a.baseline) : null;
    const { report, problems } = review({
      config,
      baseline,
      current,
      ...baseline ? {} : { baselineMissingReason: "no --baseline directory was given" }
    });
    const markdown = renderMarkdown(report);
    mkdirSync(a.out, { recursive: true });
    const json = JSON.stringify(report, null, 2) + "\n";
    writeFileSync(join2(a.out, "report.json"), json);
    writeFileSync(join2(a.out, "report.md"), markdown);
    io.stdout(a.format === "json" ? json : markdown);
    if (problems.length > 0) {
      for (const p of problems) io.stderr(`ml-doctor: ${p.message}
`);
      return 2;
    }
    return report.verdict === "fail" ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`ml-doctor: ${e.message}
`);
      return 2;
    }
    io.stderr(`ml-doctor: internal error: ${e instanceof Error ? e.message : String(e)} (please report this)
`);
    return 2;
  }
}

// src/cli.ts
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd()
});
