import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  IN_PROCESS_PARSER,
  parseJsonLenient,
  parseTable
} from "./chunk-ARMWRKK4.js";
import {
  DIGIT_BITS,
  FDR,
  HashIndex,
  MAX_NUMERIC_CATEGORIES,
  METRIC_INFO,
  MISSING_LABEL,
  PREDICTION_CAP,
  PREDICTION_FACTOR,
  PSI_BINS,
  SEGMENTS_LATER,
  analyzeData,
  benjaminiHochberg,
  binIndex,
  binomialSample,
  bootstrapPValue,
  buildClaimed,
  buildSegmenter,
  buildVisuals,
  chi2Sf,
  compareCategorical,
  countDigits,
  createRng,
  dataJob,
  decide,
  decide2,
  deriveSeed,
  digitWidth,
  erfc,
  finiteOrNull,
  fisherExact,
  fmt,
  gridScale,
  gridSpan,
  hashRows,
  holm,
  isBetter,
  isWorse,
  ksPValue,
  leakageParts,
  logGamma,
  mcnemarExact,
  mergeClaimed,
  mergeLeakage,
  metricLabel,
  multinomialCounts,
  multinomialSmall,
  newClaims,
  newLeakageClaim,
  normalCdf,
  normalSf,
  pct,
  percentileInterval,
  portExchange,
  psi,
  psiNoiseFloor,
  quantileEdges,
  quantileSorted,
  round6,
  rowIdsOf,
  runClaimedLeakage,
  sameBytes,
  sameIdSequence,
  segmentJob,
  segmenterNames,
  share,
  shareTwinArrays,
  signed,
  sortFloat64InPlace,
  startsOfDigits,
  takeOver,
  twoProportionTest
} from "./chunk-CVA4GC6L.js";
import {
  InputError
} from "./chunk-62MQGLQZ.js";
import {
  releaseNow
} from "./chunk-4BJFTPP6.js";
import {
  SHARED_MIN_ROWS,
  SMALL_INTS,
  cellText,
  distinctCount,
  findColumnCI,
  formatNumber,
  rowF64
} from "./chunk-QVIMXX4N.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-DDMSJOCD.js";

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
    var BREAK2 = /* @__PURE__ */ Symbol("break visit");
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
    visit.BREAK = BREAK2;
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
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK2)
            return BREAK2;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK2)
            return BREAK2;
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
    visitAsync.BREAK = BREAK2;
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
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK2)
            return BREAK2;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK2)
            return BREAK2;
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
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
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
            onError(0, `Unknown directive ${name2}`, true);
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
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
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
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
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
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
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
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
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
          for (const { count: count4, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count4);
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
        let count4 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count4)
            count4 = c;
        }
        return count4;
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
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
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
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
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
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
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
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
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
      if (!literal2) {
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
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
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
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
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
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
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
        ctx.indentAtStart = str2.length + 1;
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
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
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
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
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
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
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
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
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
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
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
      resolve: (str2) => str2,
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
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
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
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
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
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
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
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
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
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
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
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
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
        resolve: (str2) => str2,
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
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
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
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
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
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
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
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
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
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
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
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
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
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
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
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
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
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
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
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
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
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
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
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
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
    var bool2 = require_bool2();
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
      bool2.trueTag,
      bool2.falseTag,
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
    var bool2 = require_bool();
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
      bool: bool2.boolTag,
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
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
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
          for (const { count: count4, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count4);
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
      constructor(name2, pos, code2, message) {
        super();
        this.name = name2;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
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
        let count4 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count4 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count4);
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
      return items.some((pair2) => isEqual(pair2.key, search));
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
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
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
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
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
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
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
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
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
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
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
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
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
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
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
    var BREAK2 = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK2;
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
            else if (ci === BREAK2)
              return BREAK2;
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
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
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

// src/llm/load.ts
function loadAgent() {
  return import("./agent-MNDUKZ6G.js");
}

// src/artifacts/structured.ts
var import_yaml = __toESM(require_dist(), 1);
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
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 1e3 });
  } catch (e) {
    throw new InputError(path, null, `invalid YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (isCyclic(value, [])) throw new InputError(path, null, "invalid YAML: an alias refers to a node that contains it (a cycle)");
  return value;
}
function isCyclic(v, ancestors) {
  if (v === null || typeof v !== "object") return false;
  if (ancestors.includes(v)) return true;
  ancestors.push(v);
  const children = v instanceof Map ? [...v.values()] : Array.isArray(v) ? v : Object.values(v);
  const cyclic = children.some((c) => isCyclic(c, ancestors));
  ancestors.pop();
  return cyclic;
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
function walk(v, prefix, leaf) {
  if (v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
    for (const [k, child] of Object.entries(v)) walk(child, prefix ? `${prefix}.${k}` : k, leaf);
    return;
  }
  if (prefix) leaf(prefix, v);
}

// src/config/config.ts
var LLM_PROVIDERS = ["none", "openai", "github-models", "azure", "compatible"];
var DEFAULT_CONFIG = {
  artifacts: "artifacts/",
  baseline: { from: "auto" },
  eval: [],
  metrics: {},
  gate: { failOn: "critical", onMissingBaseline: "fail" },
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
    for (const [name2, ruleRaw] of Object.entries(m)) {
      const k = `metrics.${name2}`;
      const r = v.object(ruleRaw, k);
      v.onlyKeys(r, k, ["direction", "tolerance", "relative"]);
      metrics[name2] = {
        ...optional("direction", r["direction"] === void 0 ? void 0 : v.oneOf(r["direction"], `${k}.direction`, ["higher", "lower"])),
        ...optional("tolerance", v.optNumber(r["tolerance"], `${k}.tolerance`, 0)),
        ...optional("relative", v.optBool(r["relative"], `${k}.relative`))
      };
    }
  }
  let gate = DEFAULT_CONFIG.gate;
  if (root["gate"] !== void 0) {
    const g = v.object(root["gate"], "gate");
    v.onlyKeys(g, "gate", ["fail-on", "on-missing-baseline"]);
    gate = {
      failOn: v.oneOf(g["fail-on"] ?? "critical", "gate.fail-on", ["critical", "major", "any", "never"]),
      onMissingBaseline: v.oneOf(g["on-missing-baseline"] ?? "fail", "gate.on-missing-baseline", ["fail", "warn"])
    };
  }
  let llm = DEFAULT_CONFIG.llm;
  if (root["llm"] !== void 0) {
    const l = v.object(root["llm"], "llm");
    v.onlyKeys(l, "llm", ["provider", "model", "base-url"]);
    llm = {
      provider: v.oneOf(l["provider"] ?? "none", "llm.provider", LLM_PROVIDERS),
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
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
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
      const walk2 = (d) => {
        for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
          if (out.length >= MAX_FILES) return;
          if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name)) walk2(join(d, e.name));
          } else if (e.isFile()) out.push(relative(dir, join(d, e.name)).split("\\").join("/"));
        }
      };
      walk2(dir);
      return out;
    },
    read(relPath) {
      return readFileSync(join(dir, relPath), "utf8");
    },
    readBytes(relPath) {
      return readFileSync(join(dir, relPath));
    },
    localPath(relPath) {
      return join(dir, relPath);
    },
    readBytesInto(relPath, buffer) {
      const fd = openSync(join(dir, relPath), "r");
      try {
        const size = fstatSync(fd).size;
        const out = buffer.take(size);
        let off = 0;
        for (let got = 1; off < size && got > 0; off += got) got = readSync(fd, out, off, size - off, off);
        return off === size ? out : out.subarray(0, off);
      } finally {
        closeSync(fd);
      }
    }
  };
}

// src/report/escape.ts
var MAX_INLINE = 2e3;
var MAX_CODE = 200;
var BREAK = "\u200B";
var INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
var LINE_BREAK = /\r\n|[\n\r\t\v\f\u2028\u2029]/g;
function visible(s) {
  return s.replace(LINE_BREAK, " ").replace(INVISIBLE, (c) => `\u2039U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}\u203A`);
}
function cut(s, max) {
  if (s.length <= max) return s;
  const points = Array.from(s);
  return points.length <= max ? s : points.slice(0, Math.max(0, max - 1)).join("") + "\u2026";
}
function code(value, opts = {}) {
  let v = cut(visible(value), opts.max ?? MAX_CODE);
  if (v === "") return "` `";
  const longest = Math.max(0, ...(v.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  if (v.startsWith("`") || v.endsWith("`") || v.startsWith(" ") && v.endsWith(" ") && v.trim() !== "") v = ` ${v} `;
  if (opts.table) v = v.replace(/\|/g, "\\|");
  return fence + v + fence;
}
function literal(s) {
  return s.replace(/[\\`|$]/g, "\\$&").replace(/\](?=[([:])/g, "\\]").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`).replace(/#(?=\d)/g, `#${BREAK}`).replace(/\b(GH)-(?=\d)/gi, `$1${BREAK}-`).replace(/:\/\//g, `:${BREAK}//`).replace(/\b(www)\./gi, `$1${BREAK}.`).replace(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/gi, (m) => m.replace(/.{6}(?=.)/g, `$&${BREAK}`));
}
var BLOCK_START = /^(?:[>[]|([#+\-=*_~])(?=\s|$|\1))/;
var ORDERED_START = /^(\d{1,9})([.)])(?=\s|$)/;
function inline(text, opts = {}) {
  const s = cut(visible(text), opts.max ?? MAX_INLINE).trim();
  const out = [];
  let plain = "";
  let i = 0;
  while (i < s.length) {
    if (s[i] !== "`") {
      const next = s.indexOf("`", i);
      plain += s.slice(i, next === -1 ? s.length : next);
      i = next === -1 ? s.length : next;
      continue;
    }
    let n = 0;
    while (s[i + n] === "`") n++;
    const close = closingRun(s, i + n, n);
    if (close === -1) {
      plain += s.slice(i, i + n);
      i += n;
      continue;
    }
    out.push(literal(plain));
    plain = "";
    out.push(code(stripSpanPadding(s.slice(i + n, close)), opts));
    i = close + n;
  }
  out.push(literal(plain));
  const joined = out.join("");
  if (joined.startsWith("```")) return BREAK + joined;
  return joined.replace(ORDERED_START, "$1\\$2").replace(BLOCK_START, "\\$&");
}
function closingRun(s, from, n) {
  let j = s.indexOf("`", from);
  while (j !== -1) {
    let m = 0;
    while (s[j + m] === "`") m++;
    if (m === n) return j;
    j = s.indexOf("`", j + m);
  }
  return -1;
}
function stripSpanPadding(content) {
  return content.length >= 2 && content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "" ? content.slice(1, -1) : content;
}
function cell(text, max = MAX_CODE) {
  return inline(text, { table: true, max });
}
function plainText(text, max = MAX_INLINE, multiline = false) {
  const shown = multiline ? text.split(/\r\n|[\n\r]/).map(visible).join("\n") : visible(text);
  return cut(shown, max).replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`);
}

// src/llm/markdown.ts
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function causeBlock(c, i) {
  return [
    `**${i + 1}. ${inline(c.title)}** \xB7 cites ${c.cites.map((x) => code(x)).join(", ")}`,
    "",
    `**Root cause.** ${inline(c.rootCause)}`,
    "",
    `**Fix.** ${inline(c.fix)}`,
    "",
    `**Verify.** ${inline(c.verification)}`,
    "",
    `**Prevent.** ${inline(c.prevention)}`,
    ""
  ].join("\n");
}
function renderAgentMarkdown(section) {
  const L = [`### Explanation by ${inline(section.model)} (LLM, does not affect the verdict)`, ""];
  if (section.fallback !== null) {
    L.push(`The LLM explanation was skipped: ${inline(section.fallback)}.`);
    return L.join("\n") + "\n";
  }
  if (section.causes.length === 0) {
    L.push(
      section.removedClaims > 0 ? `No explanation is shown: all ${plural(section.removedClaims, "cause")} the model gave failed the grounding check.` : "The model gave no explanation beyond the findings above."
    );
    L.push("");
  }
  section.causes.forEach((c, i) => L.push(causeBlock(c, i)));
  const facts = [
    section.provider,
    `${section.mode} mode`,
    plural(section.toolCalls.length, "tool call"),
    `${section.tokens.input} input / ${section.tokens.output} output tokens`,
    `${section.costUsd.toFixed(6)} USD`
  ];
  if (section.removedClaims > 0) facts.push(`${plural(section.removedClaims, "cause")} removed by the grounding check`);
  for (const r of section.removed ?? []) L.push(`- Removed: ${inline(r.title, { max: 200 })} \u2014 ${inline(r.reasons.join("; "), { max: 400 })}`);
  if ((section.removed ?? []).length > 0) L.push("");
  L.push(`<sub>${facts.join(" \xB7 ")}. Every number above was checked against the findings and tool results its cause cites; \`call:N\` cites the agent's N-th tool call (report.json \`agent.toolCalls\`).</sub>`);
  return L.join("\n") + "\n";
}

// src/report/mermaid.ts
var MAX_LABEL = 32;
var MAX_TITLE = 80;
function mermaidText(value, max = MAX_LABEL) {
  const kept = value.replace(/[^\p{L}\p{M}\p{N} .,_\-–+=/()[\]:≤≥×%]/gu, "_").replace(/%{2,}/g, "%").replace(/\s+/g, " ").trim();
  const points = Array.from(kept);
  const cut3 = points.length <= max ? kept : points.slice(0, Math.max(1, max - 1)).join("") + "\u2026";
  return cut3 === "" ? "_" : cut3;
}
function mermaidNumber(v) {
  if (!Number.isFinite(v)) throw new Error(`mermaidNumber: ${v} is not finite`);
  if (v === 0 || Math.abs(v) < 1e-9) return "0";
  const s = String(Number(v.toPrecision(4)));
  if (!s.includes("e")) return s;
  const r = Number(v.toPrecision(4));
  if (Math.abs(r) >= 1) return r.toFixed(0);
  return r.toFixed(Math.min(20, 3 - Math.floor(Math.log10(Math.abs(r))))).replace(/0+$/, "").replace(/\.$/, "");
}
function xychart(c) {
  if (c.categories.length === 0) throw new Error("xychart: no categories");
  if (c.series.length === 0 || c.series.length !== c.palette.length) throw new Error("xychart: one colour per series is needed");
  if (!Number.isFinite(c.yMin) || !Number.isFinite(c.yMax) || !(c.yMax > c.yMin)) throw new Error(`xychart: bad y range ${c.yMin} \u2192 ${c.yMax}`);
  for (const s of c.series) {
    if (s.values.length !== c.categories.length) throw new Error(`xychart: ${s.values.length} values for ${c.categories.length} categories`);
    for (const v of s.values) if (!Number.isFinite(v) || v < c.yMin || v > c.yMax) throw new Error(`xychart: value ${v} outside ${c.yMin} \u2192 ${c.yMax}`);
  }
  for (const p of c.palette) if (!/^#[0-9a-f]{6}$/i.test(p)) throw new Error(`xychart: bad colour ${p}`);
  const q = (s, max = MAX_LABEL) => `"${mermaidText(s, max)}"`;
  return [
    "```mermaid",
    "---",
    "config:",
    "  xyChart:",
    "    width: 800",
    `    height: ${c.horizontal ? Math.max(300, 60 + 36 * c.categories.length) : 380}`,
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${c.palette.join(", ")}"`,
    "---",
    c.horizontal ? "xychart-beta horizontal" : "xychart-beta",
    `  title ${q(c.title, MAX_TITLE)}`,
    `  x-axis ${q(c.xTitle)} [${c.categories.map((x) => q(x)).join(", ")}]`,
    `  y-axis ${q(c.yTitle, MAX_TITLE)} ${mermaidNumber(c.yMin)} --> ${mermaidNumber(c.yMax)}`,
    ...c.series.map((s) => `  ${s.kind} [${s.values.map(mermaidNumber).join(", ")}]`),
    "```"
  ].join("\n");
}
function yRange(values, opts = {}) {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length > 0 ? Math.min(...finite) : 0;
  let hi = finite.length > 0 ? Math.max(...finite) : 1;
  if (opts.fromZero) lo = Math.min(0, lo);
  if (hi === lo) {
    const pad = hi === 0 ? 1 : Math.abs(hi) * 0.1;
    hi += pad;
    if (!opts.fromZero || lo !== 0) lo -= pad;
  } else {
    const pad = (hi - lo) * 0.05;
    hi += pad;
    if (!opts.fromZero || lo !== 0) lo -= pad;
  }
  if (opts.max !== void 0) hi = Math.min(hi, opts.max);
  const down = (v) => v === 0 ? 0 : roundTo(v, Math.floor);
  const up = (v) => v === 0 ? 0 : roundTo(v, Math.ceil);
  return [down(lo), up(hi)];
}
function roundTo(v, f) {
  if (Math.abs(v) < 1e-9) return f === Math.floor ? v < 0 ? -1e-9 : 0 : v > 0 ? 1e-9 : 0;
  const e = Math.floor(Math.log10(Math.abs(v))) - 1;
  const unit = 10 ** e;
  return Number((f(v / unit) * unit).toPrecision(4));
}

// src/report/charts.ts
var BASE_COLOUR = "#1f77b4";
var CURRENT_COLOUR = "#d62728";
var BASE_LIGHT = "#aec7e8";
var CURRENT_LIGHT = "#ff9896";
var REFERENCE_COLOUR = "#bdbdbd";
var LOG_RATIO = 100;
var CHART_OF = {
  feature_drift: "histogram",
  segment_regression: "segmentDeltas",
  metric_regression: "segmentDeltas",
  overfitting: "learningCurves",
  underfitting: "learningCurves",
  training_instability: "learningCurves",
  learning_rate: "learningCurves",
  calibration: "reliability"
};
var DEFAULT_ORDER = ["segmentDeltas", "histogram", "learningCurves", "reliability"];
function chartOrder(visuals, findings) {
  const order = [];
  for (const f of findings) {
    const k = CHART_OF[f.category];
    if (k && !order.includes(k)) order.push(k);
  }
  for (const k of DEFAULT_ORDER) if (!order.includes(k)) order.push(k);
  return order.filter((k) => visuals[k] !== void 0);
}
function renderCharts(visuals, findings, maxCharts) {
  if (!visuals || maxCharts <= 0) return "";
  const blocks = [];
  for (const k of chartOrder(visuals, findings)) {
    if (blocks.length >= maxCharts) break;
    const b = renderOne(visuals, k);
    if (b) blocks.push(b);
  }
  if (blocks.length === 0) return "";
  return ["## Charts", "", ...blocks].join("\n");
}
function renderOne(v, k) {
  switch (k) {
    case "segmentDeltas":
      return v.segmentDeltas ? segmentChart(v.segmentDeltas) : null;
    case "histogram":
      return v.histogram ? histogramChart(v.histogram) : null;
    case "learningCurves":
      return v.learningCurves ? curvesChart(v.learningCurves) : null;
    case "reliability":
      return v.reliability ? reliabilityChart(v.reliability) : null;
  }
}
function numbers(header, align, rows) {
  return [
    "<details><summary>Numbers behind the chart</summary>",
    "",
    `| ${header.join(" | ")} |`,
    `|${align.map((a) => a === "r" ? "---:" : "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    "</details>",
    ""
  ].join("\n");
}
function block(heading, chart, table) {
  return [heading, "", chart, "", table].join("\n");
}
function metricLabel2(m) {
  return m.replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase());
}
function segmentChart(s) {
  if (s.rows.length === 0) return null;
  const points = (METRIC_INFO[s.metric]?.scale ?? "relative") === "points";
  const scale = points ? 100 : 1;
  const unit = points ? "points" : `${s.metric} units`;
  const losses = s.rows.map((r) => r.loss * scale);
  const [lo, hi] = yRange(losses, { fromZero: true });
  const label = metricLabel2(s.metric);
  const chart = xychart({
    title: `${label} lost per segment (${unit})`,
    xTitle: "segment",
    categories: s.rows.map((r) => `${r.column}=${r.value}`),
    yTitle: `${label} lost (${unit})`,
    yMin: lo,
    yMax: hi,
    series: [{ kind: "bar", values: losses }],
    palette: [CURRENT_COLOUR],
    horizontal: true
  });
  const heading = `**${inline(label)} by segment** (${code(s.table)}): how much of it each segment lost, the segments holding most of the drop first; only segments that got significantly worse (Benjamini\u2013Hochberg q < 0.05).`;
  const table = numbers(
    ["segment", "n", "baseline", "current", "\u0394"],
    ["l", "r", "r", "r", "r"],
    s.rows.map((r) => [cell(`${r.column}=${r.value}`), String(r.n), fmt(r.baseline), fmt(r.current), signed(r.delta)])
  );
  return block(heading, chart, table);
}
function histogramChart(h) {
  if (h.bins.length === 0) return null;
  const base = h.bins.map((b) => b.base * 100);
  const cur = h.bins.map((b) => b.current * 100);
  const [lo, hi] = yRange([...base, ...cur], { fromZero: true, max: 100 });
  const where = h.segment ? ` in ${h.segment.column}=${h.segment.value}` : "";
  const chart = xychart({
    title: `${h.feature}${where}: share of rows (%)`,
    xTitle: h.kind === "number" ? h.feature : "value",
    categories: h.bins.map((b) => b.label),
    yTitle: "share of rows (%)",
    yMin: lo,
    yMax: hi,
    series: [
      { kind: "bar", values: base },
      { kind: "line", values: cur }
    ],
    palette: [BASE_COLOUR, CURRENT_COLOUR]
  });
  const whereMd = h.segment ? ` inside ${code(`${h.segment.column}=${h.segment.value}`)}` : "";
  const ends = h.kind === "number" ? " The end bins hold everything below the 1st and above the 99th percentile." : "";
  const heading = `**Distribution of ${code(h.feature)}**${whereMd} (${code(h.table)}, n ${h.nBase} \u2192 ${h.nCurrent}): blue bars = base, red line = current, as shares of the rows.${ends}`;
  const table = numbers(
    [h.kind === "number" ? "bin" : "value", "base", "current"],
    ["l", "r", "r"],
    h.bins.map((b) => [cell(b.label), pct(b.base), pct(b.current)])
  );
  return block(heading, chart, table);
}
function linesOf(lc) {
  const light = (s) => s.name.startsWith("train");
  const out = [];
  for (const s of lc.series) if (s.base && s.base.length > 0) out.push({ run: "base", name: s.name, points: s.base, colour: light(s) ? BASE_LIGHT : BASE_COLOUR });
  for (const s of lc.series) if (s.current.length > 0) out.push({ run: "current", name: s.name, points: s.current, colour: light(s) ? CURRENT_LIGHT : CURRENT_COLOUR });
  return out;
}
function finitePrefix(points) {
  const out = [];
  for (const [x, y] of points) {
    if (y === null || !Number.isFinite(y)) break;
    out.push([x, y]);
  }
  return out;
}
function curvesChart(lc) {
  const lines = linesOf(lc);
  if (lines.length === 0) return null;
  const plotted = lines.map((l) => ({ ...l, finite: finitePrefix(l.points) }));
  const values = plotted.flatMap((l) => l.finite.map((p) => p[1]));
  if (values.length === 0) return null;
  const positive = values.every((v) => v > 0);
  const log = positive && Math.max(...values) / Math.min(...values) > LOG_RATIO;
  const tr = (v) => log ? Math.log10(v) : v;
  const yTitle = log ? "log10 of the loss" : "loss";
  const [lo, hi] = yRange(values.map(tr));
  const sameX = (a, b) => a.length === b.length && a.every((p, i) => p[0] === b[i][0]);
  const charts = [];
  const cut3 = [];
  for (const l of plotted) if (l.finite.length < l.points.length) cut3.push(`${l.run} ${l.name} is not finite from ${lc.xName} ${fmt(l.points[l.finite.length][0])} on`);
  const usable2 = plotted.filter((l) => l.finite.length >= 2);
  if (usable2.length === 0) return null;
  const groups = usable2.every((l) => sameX(l.finite, usable2[0].finite)) ? [usable2] : ["base", "current"].map((run) => usable2.filter((l) => l.run === run)).filter((g) => g.length > 0);
  for (const g of groups) {
    let n = Math.min(...g.map((l) => l.finite.length));
    while (n > 0 && !g.every((l) => l.finite[n - 1][0] === g[0].finite[n - 1][0])) n--;
    const grid = g[0].finite.slice(0, n).map((p) => p[0]);
    const sub = g.filter((l) => sameX(l.finite.slice(0, n), g[0].finite.slice(0, n)));
    if (grid.length < 2 || sub.length === 0) continue;
    const runs = [...new Set(sub.map((l) => l.run))];
    charts.push(
      xychart({
        title: `Loss by ${lc.xName}${runs.length === 1 ? ` (${runs[0]})` : ""}`,
        xTitle: lc.xName,
        categories: grid.map((x) => fmt(x)),
        yTitle,
        yMin: lo,
        yMax: hi,
        series: sub.map((l) => ({ kind: "line", values: l.finite.slice(0, n).map((p) => tr(p[1])) })),
        palette: sub.map((l) => l.colour)
      })
    );
  }
  if (charts.length === 0) return null;
  const names = [...new Set(lines.map((l) => l.name))];
  const legend = names.length > 1 ? "; light = train loss, dark = validation loss" : "";
  const logNote = log ? " Values are log10 of the loss: the curves span more than two orders of magnitude, and Mermaid has no log axis." : "";
  const cutNote = cut3.length > 0 ? ` Not drawn past a non-finite value: ${inline(cut3.join("; "))}.` : "";
  const split = charts.length > 1 ? " Base and current are logged at different steps, so each has its own chart on the same y scale." : "";
  const heading = `**Learning curves** (${code(lc.path)}, by ${inline(lc.xName)}): blue = base, red = current${legend}.${logNote}${split}${cutNote}`;
  const xs = [...new Set(lines.flatMap((l) => l.points.map((p) => p[0])))].sort((a, b) => a - b);
  const at = (l, x) => {
    const p = l.points.find((q) => q[0] === x);
    return p ? p[1] === null ? "NaN/\u221E" : fmt(p[1]) : "";
  };
  const table = numbers(
    [inline(lc.xName), ...lines.map((l) => `${l.run} ${inline(l.name)}`)],
    ["r", ...lines.map(() => "r")],
    xs.map((x) => [fmt(x), ...lines.map((l) => at(l, x))])
  );
  return [heading, "", charts.join("\n\n"), "", table].join("\n");
}
function reliabilityChart(r) {
  const hasBase = r.bins.some((b) => b.baseObserved !== null);
  const bins = r.bins.filter((b) => b.currentObserved !== null && (!hasBase || b.baseObserved !== null));
  if (bins.length < 2) return null;
  const series = [{ kind: "line", values: bins.map((b) => (b.lo + b.hi) / 2) }];
  const palette = [REFERENCE_COLOUR];
  if (hasBase) {
    series.push({ kind: "line", values: bins.map((b) => b.baseObserved) });
    palette.push(BASE_COLOUR);
  }
  series.push({ kind: "line", values: bins.map((b) => b.currentObserved) });
  palette.push(CURRENT_COLOUR);
  const what = r.kind === "positive_class" ? "positive class" : "top label";
  const chart = xychart({
    title: `Reliability (${what}): observed rate per predicted bin`,
    xTitle: "predicted probability (bin centre)",
    categories: bins.map((b) => ((b.lo + b.hi) / 2).toFixed(2)),
    yTitle: "observed rate",
    yMin: 0,
    yMax: 1,
    series,
    palette
  });
  const skipped = r.bins.length - bins.length;
  const ece = hasBase ? `ECE ${fmt(r.baseEce)} \u2192 ${fmt(r.currentEce)}` : `ECE ${fmt(r.currentEce)}`;
  const heading = `**Reliability diagram** (${code(r.table)}, ${what}; ${ece}): grey = perfect calibration (bin centre), ${hasBase ? "blue = base, " : ""}red = current.` + (skipped > 0 ? ` ${skipped} bin${skipped === 1 ? "" : "s"} with rows in only one run ${skipped === 1 ? "is" : "are"} in the table, not the chart.` : "");
  const table = numbers(
    ["bin", "base predicted", "base observed", "base n", "current predicted", "current observed", "current n"],
    ["l", "r", "r", "r", "r", "r", "r"],
    r.bins.map((b) => [`${fmt(b.lo, 3)}\u2013${fmt(b.hi, 3)}`, fmt(b.basePredicted), fmt(b.baseObserved), fmt(b.baseN, 1), fmt(b.currentPredicted), fmt(b.currentObserved), fmt(b.currentN, 1)])
  );
  return block(heading, chart, table);
}

// src/report/drift-table.ts
var COMPARED = {
  eval: "eval: base \u2192 current",
  train_vs_eval: "train sample \u2192 eval",
  reference: "train sample: base \u2192 current"
};
function renderDriftTable(rows, maxRows) {
  if (!rows || rows.length === 0 || maxRows <= 0) return "";
  const drifted = rows.filter((r) => r.drifted).length;
  const features = new Set(rows.map((r) => r.feature)).size;
  const shown = rows.slice(0, maxRows);
  const L = [];
  L.push(`<details><summary>Feature drift: ${drifted} of ${features} feature${features === 1 ? "" : "s"} drifted</summary>`);
  L.push("");
  L.push("| feature | compared | PSI | test | p | missing (base \u2192 current) | drifted |");
  L.push("|---|---|---:|---|---:|---|---|");
  for (const r of shown) {
    const missing = r.missingBase === null && r.missingCurrent === null ? "\u2014" : `${pct(r.missingBase)} \u2192 ${pct(r.missingCurrent)}`;
    const where = r.segment ? ` in ${code(`${r.segment.column}=${r.segment.value}`, { table: true })}` : "";
    L.push(`| ${cell(r.feature)} | ${COMPARED[r.comparison]} | ${fmt(r.psi, 3)} | ${r.test === "ks" ? "KS" : "\u03C7\xB2"} | ${fmt(r.pValue, 4)} | ${missing} | ${r.drifted ? `**yes**${where}` : "no"} |`);
  }
  if (rows.length > shown.length) L.push(`
\u2026${rows.length - shown.length} more rows in report.json (\`visuals.drift\`).`);
  const sources = [...new Set(rows.map((r) => r.source))];
  L.push("");
  L.push(`PSI over ten baseline-decile bins (categories for text columns); KS p for numeric features, \u03C7\xB2 p for categorical ones. Compared: ${sources.map((s) => code(s)).join(", ")}.`);
  L.push("");
  L.push("</details>");
  L.push("");
  return L.join("\n");
}

// src/report/metrics-table.ts
var METRICS_FILE_AGREES = 5e-4;
function agrees(file, rows) {
  return file !== null && Math.abs(file - rows) <= METRICS_FILE_AGREES * Math.max(1, Math.abs(rows));
}
function fileDiffers(m) {
  return m.rows !== void 0 && !(agrees(m.baseline, m.rows.baseline) && agrees(m.current, m.rows.current));
}
function shownStatus(m) {
  if (m.ci && m.significant !== void 0 && (m.rows || m.status === "regressed" || m.status === "improved")) {
    if (!m.significant) return "within noise";
    const delta = m.rows?.delta ?? m.delta;
    if (delta !== null && delta !== 0) return delta > 0 === (m.direction === "higher") ? "improved" : "regressed";
  }
  return m.status;
}
function renderMetricsTable(metrics, limit) {
  const shown = metrics.slice(0, limit);
  const withFile = shown.some(fileDiffers);
  const L = [
    `| metric | baseline | current | \u0394 | 95% CI | status |${withFile ? " metrics file |" : ""}`,
    `|---|---:|---:|---:|---|---|${withFile ? "---|" : ""}`
  ];
  for (const m of shown) {
    const v = m.rows ?? { baseline: m.baseline, current: m.current, delta: m.delta };
    const ci = m.ci ? `[${signed(m.ci[0])}, ${signed(m.ci[1])}]${m.significant ? " *" : ""}` : "";
    const file = withFile ? fileDiffers(m) ? ` ${fmt(m.baseline)} \u2192 ${fmt(m.current)} |` : " |" : "";
    L.push(`| ${cell(m.name)} | ${fmt(v.baseline)} | ${fmt(v.current)} | ${signed(v.delta)} | ${ci} | ${shownStatus(m)} |${file}`);
  }
  if (metrics.length > limit) L.push(`
\u2026${metrics.length - limit} more in report.json.`);
  return L;
}

// src/report/first-screen.ts
var SYMPTOM_CATEGORIES = /* @__PURE__ */ new Set(["metric_regression", "segment_regression", "prediction_shift"]);
var VERDICT = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail" };
var ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|vs|cf|approx)$/i;
function counted(findings) {
  return findings.filter((f) => f.severity !== "info");
}
function isSymptom(f) {
  if (f.role !== void 0) return f.role === "symptom";
  return f.explainedBy !== void 0 || SYMPTOM_CATEGORIES.has(f.category);
}
function causeOf(findings) {
  return counted(findings).find((f) => !isSymptom(f));
}
function headlineOf(findings) {
  const c = counted(findings);
  return c.find((f) => f.category === "metric_regression") ?? c.find((f) => f.category === "segment_regression") ?? c[0];
}
function firstSentence(text) {
  const s = text.trim();
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === "`") {
      let n = 0;
      while (s[i + n] === "`") n++;
      const close = s.indexOf("`".repeat(n), i + n);
      i = close === -1 ? i + n : close + n;
      continue;
    }
    if ((ch === "." || ch === "!" || ch === "?") && !ABBREVIATION.test(s.slice(0, i))) {
      if (i + 1 === s.length) return s;
      if (/^\s+[\p{Lu}`("'[]/u.test(s.slice(i + 1, i + 3))) return s.slice(0, i + 1);
    }
    i++;
  }
  return s;
}
function fixToTryFirst(fix) {
  return firstSentence(fix);
}
function shareClause(f) {
  const a = f.attribution;
  if (a) {
    const what = a.metric ? `the ${a.metric} regression` : "the regression";
    return `accounts for ${share(a.share)} of ${what} (95 % CI ${share(a.lo)} to ${share(a.hi)})`;
  }
  const e = f.evidence[0];
  if (!e) return null;
  const m = /^Accounts for (\d+(?:\.\d+)?) % of (.+?) \(95 % CI ([^,)]+)/.exec(e.text);
  if (!m) return null;
  if (e.value !== void 0 && Number.isFinite(e.value) && Math.abs(Number(m[1]) - 100 * e.value) > 0.5 + 1e-9) return null;
  return `accounts for ${m[1]} % of ${m[2]} (95 % CI ${m[3].trim()})`;
}
function pointingParams(f, params) {
  const text = `${f.rootCause} ${f.fix}`;
  return params.filter((p) => text.includes(`\`${p.key}\``));
}
var MAX_PARAMS_SHOWN = 2;
function paramChange(p) {
  return `${code(p.key)} ${code(String(p.baseline), { max: 60 })} \u2192 ${code(String(p.current), { max: 60 })}`;
}
function paramsText(ps) {
  const shown = ps.slice(0, MAX_PARAMS_SHOWN).map(paramChange);
  const more = ps.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(shown.length === 2 ? " and " : ", ");
}
function causeName(f) {
  let s = f.category.replace(/_/g, " ");
  if (f.feature) s += ` of ${code(f.feature)}`;
  if (f.segment) s += ` in ${code(`${f.segment.column}${f.segment.value !== void 0 ? `=${f.segment.value}` : ""}`)}`;
  return s;
}
function severityCounts(findings) {
  const c = counted(findings);
  return ["critical", "major", "minor"].map((s) => [s, c.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
}
function renderFirstScreen(report) {
  const findings = report.findings;
  const counts3 = severityCounts(findings);
  const L = [`## ml-doctor: ${VERDICT[report.verdict]}${counts3 ? ` \xB7 ${counts3}` : ""}`, ""];
  if (counted(findings).length === 0) {
    L.push(`Nothing to report. ${inline(report.summary)}`, "");
    return L;
  }
  const cause = causeOf(findings);
  const headline2 = headlineOf(findings);
  if (!cause) {
    const ps2 = report.params.length;
    L.push(
      `**No cause found.** Every finding is a symptom: what got worse is ${inline(headline2.id)}, ${inline(headline2.title)}. Nothing in the artifacts explains it${ps2 > 0 ? `; the PR changed ${ps2} parameter${ps2 > 1 ? "s" : ""} (table below)` : ""}.`,
      ""
    );
    return L;
  }
  const share2 = shareClause(cause);
  const ps = pointingParams(cause, report.params);
  const tail = [share2 ? inline(share2) : null, ps.length > 0 ? `the PR changed ${paramsText(ps)}` : null].filter((x) => x !== null);
  L.push(`**Cause (${inline(cause.id)}): ${causeName(cause)}.** ${inline(cause.title.replace(/\.$/, ""))}${tail.length > 0 ? ` \u2014 ${tail.join("; ")}` : ""}.`, "");
  L.push(`**Try first.** ${inline(fixToTryFirst(cause.fix))}`, "");
  if (headline2 !== cause && isSymptom(headline2)) {
    const explained = findings.filter((f) => f.explainedBy === cause.id).length;
    L.push(`**What got worse (${inline(headline2.id)}).** ${inline(headline2.title)}${explained > 0 ? ` \xB7 ${explained} finding${explained > 1 ? "s" : ""} explained by ${inline(cause.id)}` : ""}`, "");
  }
  return L;
}

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- ml-doctor:report -->";
var ICON = { critical: "\u{1F534}", major: "\u{1F7E0}", minor: "\u{1F7E1}", info: "\u26AA" };
function findingBlock(f, full) {
  const lines = [];
  lines.push(`### ${ICON[f.severity]} ${inline(f.id)} \xB7 ${inline(f.title)}`);
  const tags = [code(f.category), f.severity, f.area];
  if (f.feature) tags.push(`feature ${code(f.feature)}`);
  if (f.segment) tags.push(`segment ${code(`${f.segment.column}${f.segment.value !== void 0 ? `=${f.segment.value}` : ""}`)}`);
  if (f.explainedBy) tags.push(`explained by ${inline(f.explainedBy)}`);
  lines.push(tags.join(" \xB7 "));
  lines.push("");
  if (f.evidence.length > 0) {
    lines.push("**Evidence**");
    for (const e of f.evidence.slice(0, full ? 8 : 3)) lines.push(`- ${inline(e.text)}`);
    lines.push("");
  }
  lines.push(`**Root cause.** ${inline(f.rootCause)}`);
  lines.push("");
  if (f.explainedBy) return lines.join("\n");
  lines.push(`**Fix.** ${inline(f.fix)}`);
  if (full) {
    lines.push("");
    lines.push(`**Verify.** ${inline(f.verification)}`);
    lines.push("");
    lines.push(`**Prevent.** ${inline(f.prevention)}`);
  }
  lines.push("");
  return lines.join("\n");
}
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < s.length && (s.charCodeAt(i + 1) & 64512) === 56320) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
function safeCutPoints(lines) {
  const out = [0];
  let open = null;
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (m) {
      const run = m[1];
      if (open === null) {
        if (!(run[0] === "`" && m[2].includes("`"))) open = { ch: run[0], len: run.length };
      } else if (run[0] === open.ch && run.length >= open.len && m[2].trim() === "") open = null;
    }
    if (open === null) out.push(i + 1);
  }
  return out;
}
function cutToFit(md, fits, url) {
  const note = `
\u2026report truncated${url ? `; full report: ${url}` : ""}
`;
  const lines = md.split("\n");
  const close = (n) => {
    const kept = lines.slice(0, n).join("\n");
    const open = kept.split("<details>").length - kept.split("</details>").length;
    return kept + "\n</details>".repeat(Math.max(0, open)) + "\n" + note;
  };
  const points = safeCutPoints(lines);
  let lo = Math.min(1, points.length - 1);
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (fits(close(points[mid]))) lo = mid;
    else hi = mid - 1;
  }
  return close(points[lo]);
}
var ALL_FINDINGS = { fullFindings: 99, findingsShown: 99 };
var NO_TABLES = { charts: 0, driftRows: 0, metricRows: 0, segmentRows: 0, paramRows: 0 };
var LEVELS = [
  { charts: 4, driftRows: 60, metricRows: 40, segmentRows: 15, paramRows: 30, ...ALL_FINDINGS },
  { charts: 2, driftRows: 25, metricRows: 40, segmentRows: 15, paramRows: 30, ...ALL_FINDINGS },
  { charts: 1, driftRows: 10, metricRows: 15, segmentRows: 8, paramRows: 10, ...ALL_FINDINGS },
  { charts: 0, driftRows: 0, metricRows: 15, segmentRows: 8, paramRows: 10, ...ALL_FINDINGS },
  { charts: 0, driftRows: 0, metricRows: 8, segmentRows: 5, paramRows: 5, ...ALL_FINDINGS },
  { ...NO_TABLES, ...ALL_FINDINGS },
  { ...NO_TABLES, fullFindings: 5, findingsShown: 30 },
  { ...NO_TABLES, fullFindings: 2, findingsShown: 10 },
  { ...NO_TABLES, fullFindings: 1, findingsShown: 5 }
];
function renderMarkdown(report, opts = {}) {
  const maxChars = opts.maxChars ?? Infinity;
  const maxBytes = opts.maxBytes ?? Infinity;
  const fits = (s) => s.length <= maxChars && (maxBytes === Infinity || utf8Length(s) <= maxBytes);
  const levels = LEVELS;
  let out = "";
  for (const lvl of levels) {
    out = render(report, lvl, lvl !== levels[0] ? opts.fullReportUrl : void 0);
    if (fits(out)) return out;
  }
  return cutToFit(out, fits, opts.fullReportUrl);
}
function render(report, lvl, truncatedUrl) {
  const L = [COMMENT_MARKER, ...renderFirstScreen(report)];
  const c = report.characterization;
  const shown = report.findings.slice(0, lvl.findingsShown);
  if (shown.length > 0) {
    L.push("## Findings");
    L.push("");
    shown.forEach((f, i) => L.push(findingBlock(f, i < lvl.fullFindings)));
    if (report.findings.length > shown.length) L.push(`\u2026and ${report.findings.length - shown.length} more findings in report.json.
`);
  }
  const charts = renderCharts(report.visuals, report.findings, lvl.charts);
  if (charts) L.push(charts);
  if (c && c.hypotheses.length > 0 && lvl.metricRows > 0) {
    L.push("<details><summary>Hypotheses considered</summary>");
    L.push("");
    for (const h of c.hypotheses) L.push(`- **${h.category}** \u2014 ${h.status.replace("_", " ")}: ${inline(h.evidence)}`);
    L.push("");
    L.push("</details>");
    L.push("");
  }
  const metrics = report.metrics.filter((m) => m.status !== "unchanged" || m.significant);
  if (metrics.length > 0 && lvl.metricRows > 0) {
    L.push("<details><summary>Metrics</summary>");
    L.push("");
    const rowsDiffer = metrics.slice(0, lvl.metricRows).filter(fileDiffers);
    if (rowsDiffer.length > 0) {
      L.push(`Baseline, current, \u0394 and CI are computed from the eval rows (${code(rowsDiffer[0].rows.table)}); the metrics file says otherwise for ${rowsDiffer.length} of them (last column).`);
      L.push("");
    }
    L.push(...renderMetricsTable(metrics, lvl.metricRows));
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
      L.push(`| ${cell(s.table)} | ${cell(`${s.column}=${s.value}`)} | ${s.n} | ${cell(s.metric)} | ${fmt(s.baseline)} | ${fmt(s.current)} | ${signed(s.delta)} | [${signed(s.ci[0])}, ${signed(s.ci[1])}] |`);
    }
    L.push("");
    L.push("</details>");
    L.push("");
  }
  const drift = renderDriftTable(report.visuals?.drift, lvl.driftRows);
  if (drift) L.push(drift);
  if (report.params.length > 0 && lvl.paramRows > 0) {
    L.push("<details><summary>Changed parameters</summary>");
    L.push("");
    L.push("| key | baseline | current |");
    L.push("|---|---|---|");
    for (const p of report.params.slice(0, lvl.paramRows)) L.push(`| ${cell(p.key)} | ${cell(String(p.baseline))} | ${cell(String(p.current))} |`);
    L.push("");
    L.push("</details>");
    L.push("");
  }
  if (report.agent) L.push(renderAgentMarkdown(report.agent));
  if (truncatedUrl) L.push(`Shortened to fit a comment; the full report: ${truncatedUrl}
`);
  L.push(`<sub>ml-doctor ${report.tool.version} \xB7 baseline: ${inline(report.baseline.source)} \xB7 deterministic engine (no LLM decided this verdict)</sub>`);
  return L.join("\n") + "\n";
}

// src/timing.ts
var STAGES = ["load", "performance", "data", "training", "diagnosis", "render"];
var NO_TIMER = { stage: (_name, fn) => fn(), stageAsync: (_name, fn) => fn() };
function recordingTimer(clock, report = () => {
}, started = () => {
}) {
  const totals = /* @__PURE__ */ new Map();
  const done = (name2, t0) => {
    const ms = clock() - t0;
    totals.set(name2, (totals.get(name2) ?? 0) + ms);
    report(name2, ms);
  };
  return {
    totals,
    stage(name2, fn) {
      started(name2);
      const t0 = clock();
      try {
        return fn();
      } finally {
        done(name2, t0);
      }
    },
    async stageAsync(name2, fn) {
      started(name2);
      const t0 = clock();
      try {
        return await fn();
      } finally {
        done(name2, t0);
      }
    }
  };
}
function formatTimings(totals, totalMs) {
  const parts = STAGES.filter((s) => totals.has(s)).map((s) => `${s} ${(totals.get(s) / 1e3).toFixed(2)} s`);
  return `ml-doctor timings: ${parts.join(", ")}, total ${(totalMs / 1e3).toFixed(2)} s`;
}

// src/version.ts
var VERSION = "0.1.0";

// src/artifacts/discover.ts
var PARAMS = /* @__PURE__ */ new Set(["params.yaml", "params.yml", "params.json", "config.yaml", "config.yml", "config.json", "hparams.yaml", "hparams.json"]);
var TRAINLOG_EXACT = /* @__PURE__ */ new Set(["train_log.csv", "train_log.jsonl", "history.csv", "history.jsonl", "metrics.jsonl"]);
function classify(relPath) {
  const p = relPath.replace(/\\/g, "/");
  const lower = p.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  const dirs = lower.split("/").slice(0, -1);
  if (TRAINLOG_EXACT.has(base) || /^log.*\.csv$/.test(base) || /_log\.jsonl$/.test(base)) return "trainlog";
  if (/\.summary\.json$/.test(base) && (dirs.includes("eval") || base.startsWith("predictions"))) return "summary";
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

// src/artifacts/summary.ts
var SUMMARY_VERSION = 1;
var SCORE_BINS = 1e3;
var SKETCH_BINS = 100;
var Reader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  fail(place, detail) {
    throw new InputError(this.file, place, detail);
  }
  obj(v, place) {
    if (v === null || v === void 0 || typeof v !== "object" || Array.isArray(v)) this.fail(place, "expected an object");
    return v;
  }
  arr(v, place) {
    if (!Array.isArray(v)) this.fail(place, "expected an array");
    return v;
  }
  num(v, place) {
    if (typeof v !== "number" || !Number.isFinite(v)) this.fail(place, "expected a finite number");
    return v;
  }
  count(v, place) {
    const n = this.num(v, place);
    if (n < 0 || !Number.isInteger(n)) this.fail(place, "expected a count (a whole number \u2265 0)");
    return n;
  }
  str(v, place) {
    if (typeof v !== "string") this.fail(place, "expected a string");
    return v;
  }
  strOrNull(v, place) {
    return v === null || v === void 0 ? null : this.str(v, place);
  }
  numOrNull(v, place) {
    return v === null || v === void 0 ? null : this.num(v, place);
  }
  bool(v, place) {
    if (typeof v !== "boolean") this.fail(place, "expected true or false");
    return v;
  }
  counts(v, place, length) {
    const a = this.arr(v, place).map((x, i) => this.count(x, `${place}[${i}]`));
    if (length !== void 0 && a.length !== length) this.fail(place, `expected ${length} counts, found ${a.length}`);
    return a;
  }
};
function parseCell(r, v, place, task) {
  const o = r.obj(v, place);
  const n = r.count(o["n"], `${place}.n`);
  if (task === "binary") {
    const c = { n, tp: r.count(o["tp"], `${place}.tp`), fp: r.count(o["fp"], `${place}.fp`), fn: r.count(o["fn"], `${place}.fn`), tn: r.count(o["tn"], `${place}.tn`) };
    if (c.tp + c.fp + c.fn + c.tn !== n) r.fail(place, `tp + fp + fn + tn = ${c.tp + c.fp + c.fn + c.tn} but n = ${n}`);
    return c;
  }
  const f = (k) => r.num(o[k], `${place}.${k}`);
  return { n, sum_err: f("sum_err"), sum_sq_err: f("sum_sq_err"), sum_abs_err: f("sum_abs_err"), sum_err4: f("sum_err4"), sum_y: f("sum_y"), sum_y2: f("sum_y2") };
}
function ascending(r, v, place) {
  const a = r.arr(v, place).map((x, i) => r.num(x, `${place}[${i}]`));
  for (let i = 1; i < a.length; i++) if (!(a[i] > a[i - 1])) r.fail(`${place}[${i}]`, "edges must be strictly increasing");
  return a;
}
function parseSummary(file, text) {
  const r = new Reader(file);
  let raw = null;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    r.fail("JSON", e instanceof Error ? e.message : String(e));
  }
  const root = r.obj(raw, "$");
  const version = root["summary_version"];
  if (version === void 0) r.fail("$.summary_version", "missing: a summary file carries summary_version (docs/summary.md)");
  if (version !== SUMMARY_VERSION) r.fail("$.summary_version", `unsupported version ${JSON.stringify(version)}; this ml-doctor reads version ${SUMMARY_VERSION}`);
  const taskText = r.str(root["task"], "$.task");
  if (taskText !== "binary" && taskText !== "regression") r.fail("$.task", `'${taskText}' is not supported by summary version 1; expected binary or regression`);
  const task = taskText;
  const classes = r.arr(root["classes"], "$.classes").map((x, i) => r.str(x, `$.classes[${i}]`));
  if (task === "binary" && classes.length !== 2) r.fail("$.classes", `a binary summary names 2 classes, found ${classes.length}`);
  const cols = r.obj(root["columns"], "$.columns");
  const columns = { label: r.str(cols["label"], "$.columns.label"), pred: r.strOrNull(cols["pred"], "$.columns.pred"), score: r.strOrNull(cols["score"], "$.columns.score") };
  let scoreHist = null;
  if (root["score_hist"] !== null && root["score_hist"] !== void 0) {
    const h = r.obj(root["score_hist"], "$.score_hist");
    scoreHist = { pos: r.counts(h["pos"], "$.score_hist.pos", SCORE_BINS), neg: r.counts(h["neg"], "$.score_hist.neg", SCORE_BINS) };
  }
  const sketches = r.arr(root["sketches"], "$.sketches").map((sv, i) => {
    const p = `$.sketches[${i}]`;
    const s = r.obj(sv, p);
    const roleText = r.str(s["role"], `${p}.role`);
    if (roleText !== "feature" && roleText !== "score" && roleText !== "label" && roleText !== "pred") r.fail(`${p}.role`, `'${roleText}'; expected feature, score, label or pred`);
    const role = roleText;
    const edges = ascending(r, s["edges"], `${p}.edges`);
    const psiEdges = ascending(r, s["psi_edges"], `${p}.psi_edges`);
    const inEdges = new Set(edges);
    psiEdges.forEach((e, k) => {
      if (!inEdges.has(e)) r.fail(`${p}.psi_edges[${k}]`, `${e} is not one of the sketch edges`);
    });
    const counts3 = r.counts(s["counts"], `${p}.counts`, edges.length + 1);
    const cells = s["cells"] === void 0 ? void 0 : r.arr(s["cells"], `${p}.cells`).map((c, k) => parseCell(r, c, `${p}.cells[${k}]`, task));
    if (cells && cells.length !== counts3.length) r.fail(`${p}.cells`, `expected ${counts3.length} cells (one per bin), found ${cells.length}`);
    cells?.forEach((c, k) => {
      if (c.n !== counts3[k]) r.fail(`${p}.cells[${k}].n`, `${c.n} rows but counts[${k}] = ${counts3[k]}`);
    });
    return {
      column: r.str(s["column"], `${p}.column`),
      role,
      edges,
      psi_edges: psiEdges,
      counts: counts3,
      ...cells ? { cells } : {},
      missing: r.count(s["missing"], `${p}.missing`),
      sum: r.num(s["sum"], `${p}.sum`),
      min: r.numOrNull(s["min"], `${p}.min`),
      max: r.numOrNull(s["max"], `${p}.max`)
    };
  });
  const categories = r.arr(root["categories"], "$.categories").map((cv, i) => {
    const p = `$.categories[${i}]`;
    const c = r.obj(cv, p);
    return {
      column: r.str(c["column"], `${p}.column`),
      feature: r.bool(c["feature"], `${p}.feature`),
      segment: r.bool(c["segment"], `${p}.segment`),
      values: r.arr(c["values"], `${p}.values`).map((vv, k) => {
        const o = r.obj(vv, `${p}.values[${k}]`);
        return { value: r.str(o["value"], `${p}.values[${k}].value`), cell: parseCell(r, o["cell"], `${p}.values[${k}].cell`, task) };
      })
    };
  });
  return {
    summary_version: SUMMARY_VERSION,
    source: r.str(root["source"], "$.source"),
    task,
    classes,
    columns,
    overall: parseCell(r, root["overall"], "$.overall", task),
    score_hist: scoreHist,
    sketches,
    categories
  };
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
  const { values } = col;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v - Math.floor(v) > 0) return true;
  }
  return false;
}
function countRegression(pred, score, nProbCols) {
  return pred?.kind === "number" && !score && nProbCols === 0 && isContinuous(pred);
}
function sortClasses(names) {
  const allNum = names.every((n) => n !== "" && Number.isFinite(Number(n)));
  return allNum ? names.sort((a, b) => Number(a) - Number(b)) : names.sort();
}
function texts(col) {
  if (col.kind === "string") return (i) => cellText(col, i);
  const cache = /* @__PURE__ */ new Map();
  return (i) => {
    if (col.missing[i]) return "";
    const v = col.values[i];
    let t = cache.get(v);
    if (t === void 0) {
      t = formatNumber(v);
      cache.set(v, t);
    }
    return t;
  };
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
  else if (label.kind === "number" && nLabel > 2 && countRegression(predCol, scoreCol, probCols.length)) task = "regression";
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
    const classSet = distinctTexts(label, n);
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
        return pc ? numericOf(table, pc.c, "probability") : rowF64(n);
      });
    }
    if (predCol) {
      yPred = encodePred(predCol, index, classes, n);
    } else if (score) {
      yPred = rowF64(n);
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
    ids: idCol ? rowIdsOf(idCol, n) : null,
    weight: weightCol ? numericOf(table, weightCol, "weight") : null,
    features,
    segmentColumns,
    protectedColumns
  };
}
function isSegmentLike(c) {
  const d = distinctCount(c, 51);
  return d >= 2 && d <= 50;
}
function choosePositive(classes, configured, score, label, n) {
  if (configured !== void 0) {
    if (!classes.includes(configured)) classes.push(configured);
    return configured;
  }
  for (const name2 of POSITIVE_NAMES) {
    const hit = classes.find((c) => c.toLowerCase() === name2);
    if (hit) return hit;
  }
  if (score && classes.length === 2) {
    const sums2 = [0, 0];
    const counts3 = [0, 0];
    const labelText2 = texts(label);
    for (let i = 0; i < n; i++) {
      const k = classes.indexOf(labelText2(i));
      const s = score[i];
      if (k >= 0 && Number.isFinite(s)) {
        sums2[k] += s;
        counts3[k]++;
      }
    }
    const m0 = sums2[0] / Math.max(1, counts3[0]);
    const m1 = sums2[1] / Math.max(1, counts3[1]);
    return m0 > m1 ? classes[0] : classes[1];
  }
  return classes[classes.length - 1];
}
function distinctTexts(col, n) {
  const out = /* @__PURE__ */ new Set();
  if (col.kind === "string") {
    const seen = new Uint8Array(col.dict.length);
    for (let i = 0; i < n; i++) {
      const c = col.codes[i];
      if (c >= 0) seen[c] = 1;
    }
    for (let c = 0; c < seen.length; c++) if (seen[c] && col.dict[c] !== "") out.add(col.dict[c]);
    return out;
  }
  const values = /* @__PURE__ */ new Set();
  const small = new Uint8Array(SMALL_INTS);
  const { missing } = col;
  const vals = col.values;
  for (let i = 0; i < n; i++) {
    if (missing[i]) continue;
    const x = vals[i];
    if (x >>> 0 === x && x < SMALL_INTS) small[x] = 1;
    else values.add(x);
  }
  for (let x = 0; x < SMALL_INTS; x++) if (small[x]) values.add(x);
  for (const v of values) {
    const t = formatNumber(v);
    if (t !== "") out.add(t);
  }
  return out;
}
function encode(col, index, n) {
  const codeOf = (t) => index.get(t) ?? NaN;
  if (col.kind === "number" && codesAreValues(col, index, n)) return col.values;
  const out = rowF64(n);
  if (col.kind === "number") {
    const missingCode = codeOf("");
    const small = new Float64Array(SMALL_INTS);
    const known = new Uint8Array(SMALL_INTS);
    const memo = /* @__PURE__ */ new Map();
    const { values, missing } = col;
    for (let i = 0; i < n; i++) {
      if (missing[i]) {
        out[i] = missingCode;
        continue;
      }
      const x = values[i];
      if (x >>> 0 === x && x < SMALL_INTS) {
        if (!known[x]) {
          small[x] = codeOf(formatNumber(x));
          known[x] = 1;
        }
        out[i] = small[x];
        continue;
      }
      let k = memo.get(x);
      if (k === void 0) {
        k = codeOf(formatNumber(x));
        memo.set(x, k);
      }
      out[i] = k;
    }
    return out;
  }
  const text = texts(col);
  for (let i = 0; i < n; i++) out[i] = codeOf(text(i));
  return out;
}
function codesAreValues(col, index, n) {
  if (col.values.length !== n) return false;
  if (index.has("")) return false;
  const classOf = new Float64Array(SMALL_INTS).fill(-1);
  for (const [name2, k] of index) {
    const x = Number(name2);
    if (k < SMALL_INTS && x === k && formatNumber(x) === name2) classOf[k] = k;
  }
  const { values, missing } = col;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (missing[i]) {
      if (x === x) return false;
      continue;
    }
    const k = x >>> 0;
    if (((k !== x ? 1 : 0) | (k >= SMALL_INTS ? 1 : 0) | (classOf[k & SMALL_INTS - 1] !== x ? 1 : 0) | (1 / x < 0 ? 1 : 0)) !== 0) return false;
  }
  return true;
}
function encodePred(col, index, classes, n) {
  const out = encode(col, index, n);
  if (out !== (col.kind === "number" ? col.values : null) && classes.length === 2 && !index.has("1") && col.kind === "number") {
    for (let i = 0; i < n; i++) {
      const v = col.values[i];
      if (Number.isNaN(out[i]) && (v === 0 || v === 1)) out[i] = v;
    }
  }
  return out;
}
function argmax(probs, n) {
  const out = rowF64(n);
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
async function loadRun(source, config, parser = IN_PROCESS_PARSER, buffer = null) {
  const files = discover(source.list());
  const metrics = [];
  const params = [];
  const evals = [];
  const trainLogs = [];
  const reference = [];
  const summaries = [];
  const problems = [];
  const problem = (path, e) => {
    const where = `${source.ref.replace(/\/+$/, "")}/${path}`;
    if (e instanceof InputError) return { file: where, message: `${where}${e.place ? `:${e.place}` : ""}: ${e.detail}` };
    return { file: where, message: `${where}: ${e instanceof Error ? e.message : String(e)}` };
  };
  const guard = (path, fn) => {
    try {
      fn();
    } catch (e) {
      problems.push(problem(path, e));
    }
  };
  const start = (path, build) => parser.parse(path, () => source.readBytes(path), buffer && source.readBytesInto ? () => source.readBytesInto(path, buffer) : void 0, source.localPath?.(path)).then(build).then(
    (value) => ({ ok: true, value }),
    (e) => ({ ok: false, problem: problem(path, e) })
  );
  const configured = /* @__PURE__ */ new Map();
  for (const e of config.eval) configured.set(e.path.replace(/^\.\//, "").toLowerCase(), e);
  const all = source.list();
  const evalPaths = new Set(files.filter((f) => f.kind === "eval").map((f) => f.path));
  for (const e of config.eval) {
    const hit = all.find((p) => p.toLowerCase() === e.path.replace(/^\.\//, "").toLowerCase());
    if (hit) evalPaths.add(hit);
    else problems.push({ file: e.path, message: `${e.path}: configured eval table not found in ${source.ref}`, missingConfigured: true });
  }
  const truncated = /* @__PURE__ */ new Map();
  const noteTruncated = (path, t) => {
    if (t.truncated) {
      const where = `${source.ref.replace(/\/+$/, "")}/${path}`;
      truncated.set(path, {
        file: where,
        message: `${where}:line ${t.truncated.line}: the file ends inside this row with no final newline (${t.truncated.detail}): it was cut off mid-write; the review used the ${t.nRows} complete rows before it`,
        truncated: { line: t.truncated.line, rowsKept: t.nRows }
      });
    }
    return t;
  };
  const referenceJobs = files.filter((f) => f.kind === "reference").map((f) => start(f.path, (t) => noteTruncated(f.path, t)));
  const evalJobs = [...evalPaths].sort().map((p) => start(p, (t) => buildEvalView(noteTruncated(p, t), configured.get(p.toLowerCase()))));
  for (const f of files) {
    if (f.kind === "metrics") guard(f.path, () => metrics.push(flattenMetrics(f.path, parseStructured(f.path, source.read(f.path)))));
    else if (f.kind === "params") guard(f.path, () => params.push(flattenParams(f.path, parseStructured(f.path, source.read(f.path)))));
    else if (f.kind === "trainlog") guard(f.path, () => trainLogs.push(buildTrainLog(parseTable(f.path, source.read(f.path)))));
    else if (f.kind === "summary") guard(f.path, () => summaries.push({ path: f.path, summary: parseSummary(f.path, source.read(f.path)) }));
  }
  for (const r of await Promise.all(referenceJobs)) {
    if (r.ok) reference.push(r.value);
    else problems.push(r.problem);
  }
  for (const r of await Promise.all(evalJobs)) {
    if (r.ok) evals.push(r.value);
    else problems.push(r.problem);
  }
  for (const p of [...truncated.keys()].sort()) problems.push(truncated.get(p));
  return { dir: source.ref, metrics, params, evals, summaries, trainLogs, reference, problems };
}

// src/artifacts/read-buffer.ts
var ReadBuffer = class {
  bytes = new Uint8Array(0);
  /**
   * A view of `size` bytes, valid until the next take. Grows with headroom (a quarter) so that a
   * second file a little larger than the first still fits: pages never written cost no memory.
   */
  take(size) {
    if (this.bytes.length < size) this.bytes = new Uint8Array(Math.ceil(size * 1.25));
    return this.bytes.subarray(0, size);
  }
  /** Frees the memory now (every view handed out is then empty); a later take allocates again. */
  release() {
    const bytes = this.bytes;
    this.bytes = new Uint8Array(0);
    releaseNow(bytes);
  }
};

// src/analysis/compare/metrics-diff.ts
var LOWER = ["loss", "error", "err", "rmse", "mse", "mae", "mape", "latency", "perplexity", "ppl", "ece", "mce", "brier", "wer", "cer", "time", "duration", "memory", "fpr", "fnr"];
var HIGHER = ["accuracy", "acc", "f1", "auc", "roc_auc", "precision", "recall", "r2", "map", "ndcg", "bleu", "rouge", "iou", "dice", "average_precision", "ap", "tpr", "specificity", "sensitivity", "mcc", "kappa", "top1", "top5", "hit", "mrr", "exact_match", "em", "throughput"];
function inferDirection(name2) {
  const tokens = name2.toLowerCase().split(/[._\-/\s@]+/).filter(Boolean);
  const leaf = name2.toLowerCase().split(".").pop() ?? "";
  if (HIGHER.includes(leaf)) return "higher";
  if (LOWER.includes(leaf) || leaf === "mean_error") return "lower";
  if (tokens.some((t) => LOWER.includes(t))) return "lower";
  if (tokens.some((t) => HIGHER.includes(t))) return "higher";
  return null;
}
function ruleFor(name2, rules) {
  if (rules[name2]) return rules[name2];
  const leaf = name2.split(".").pop();
  return rules[leaf];
}
function diffMetrics(base, cur, rules) {
  const flat = (files) => {
    const out = /* @__PURE__ */ new Map();
    const nonFinite = /* @__PURE__ */ new Set();
    for (const f of files) {
      const prefix = files.length > 1 ? `${f.path.replace(/\.(json|ya?ml)$/i, "")}:` : "";
      for (const [k, v] of Object.entries(f.values)) out.set(prefix + k, v);
      for (const k of f.nonFinite) nonFinite.add(prefix + k);
    }
    return { out, nonFinite };
  };
  const b = flat(base);
  const c = flat(cur);
  const names = [.../* @__PURE__ */ new Set([...b.out.keys(), ...c.out.keys()])];
  return names.map((name2) => {
    const rule = ruleFor(name2, rules);
    const inferred = inferDirection(name2);
    const direction = rule?.direction ?? inferred ?? "higher";
    const bv = b.out.get(name2);
    const cv = c.out.get(name2);
    const nonFinite = b.nonFinite.has(name2) || c.nonFinite.has(name2);
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
      name: name2,
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
      const prefix = files.length > 1 ? `${f.path.replace(/\.(json|ya?ml)$/i, "")}:` : "";
      for (const [k, v] of Object.entries(f.values)) m.set(prefix + k, v);
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
  const code2 = col.codes[i];
  if (code2 < 0) return -1;
  const name2 = (curDict ?? col.dict)[code2];
  return dictMap.get(name2) ?? -1;
}
function segmentMember(v, column2, value) {
  const col = v.table.columns.find((c) => c.name === column2);
  if (!col) return null;
  if (col.kind === "string") return (i) => col.codes[i] >= 0 && col.dict[col.codes[i]] === value;
  return (i) => !col.missing[i] && String(col.values[i]) === value;
}
function priorAdjustedPsiIn(base, cur, feature, weights, segment) {
  const inB = segment ? segmentMember(base, segment.column, segment.value) : () => true;
  const inC = segment ? segmentMember(cur, segment.column, segment.value) : () => true;
  if (!inB || !inC) return null;
  return priorAdjustedPsiRows(base, cur, feature, weights, inB, inC);
}
function priorAdjustedPsiRows(base, cur, feature, weights, inB, inC) {
  const bc = base.features.find((c) => c.name === feature);
  const cc = cur.features.find((c) => c.name === feature);
  if (!bc || !cc || bc.kind !== cc.kind) return null;
  const curIndex = new Map(cur.classes.map((c, i) => [c, i]));
  const baseToCur = base.classes.map((c) => curIndex.get(c) ?? -1);
  let edges = null;
  let dictMap = null;
  let nBins;
  if (bc.kind === "number") {
    const vals = bc.values.filter((v, i) => !Number.isNaN(v) && inB(i)).sort();
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
    for (const name2 of [...bc.dict, ...cc.kind === "string" ? cc.dict : []]) if (!dictMap.has(name2)) dictMap.set(name2, dictMap.size);
    nBins = dictMap.size;
  }
  const pb = new Float64Array(nBins);
  const pc = new Float64Array(nBins);
  let wb = 0;
  let wc = 0;
  let nb = 0;
  let wb2 = 0;
  for (let i = 0; i < base.n; i++) {
    if (!inB(i)) continue;
    const y = base.yTrue[i];
    if (Number.isNaN(y) || baseToCur[y] < 0) continue;
    const b = binOf(bc, i, edges, dictMap, null);
    if (b < 0) continue;
    const w = weights[baseToCur[y]];
    pb[b] += w;
    wb += w;
    wb2 += w * w;
    nb++;
  }
  for (let i = 0; i < cur.n; i++) {
    if (!inC(i)) continue;
    const b = binOf(cc, i, edges, dictMap, cc.kind === "string" ? cc.dict : null);
    if (b < 0) continue;
    pc[b]++;
    wc++;
  }
  if (wb === 0 || wc === 0) return null;
  let psi2 = 0;
  let used = 0;
  for (let b = 0; b < nBins; b++) {
    if (pb[b] + pc[b] > 0) used++;
    const x = pb[b] / wb + EPS;
    const z = pc[b] / wc + EPS;
    psi2 += (z - x) * Math.log(z / x);
  }
  return { psi: psi2, nBase: wb2 > 0 ? wb * wb / wb2 : nb, nCur: wc, bins: used };
}
function psiNullP(psi2, bins, nBase, nCur) {
  if (bins < 2 || nBase <= 0 || nCur <= 0) return 1;
  return chi2Sf(psi2 * nBase * nCur / (nBase + nCur), bins - 1);
}
function annotatePriorAdjusted(signals, base, cur) {
  const hasLabelShift = signals.some((s) => s.category === "label_shift" && s.significant && s.details["comparison"] !== "reference");
  if (!base || cur.task === "regression" || !hasLabelShift) return [...signals];
  const w = priorWeights(base, cur);
  if (!w) return [...signals];
  return signals.map((s) => {
    if (s.category !== "feature_drift" || !s.feature || s.details["comparison"] !== "eval") return s;
    if (s.segment?.column.includes(" & ")) return s;
    const adj = priorAdjustedPsiIn(base, cur, s.feature, w, s.segment ?? null);
    if (adj === null) return s;
    const p = psiNullP(adj.psi, adj.bins, adj.nBase, adj.nCur);
    return { ...s, details: { ...s.details, prior_adjusted_psi: Number(adj.psi.toPrecision(6)), prior_adjusted_p: Number(p.toPrecision(6)) } };
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
function fallingAtStop(s, fallbackSigma, z = 2) {
  if (!s) return false;
  if (s.tail) return stillFalling(s, z);
  if (s.lastStep === null || s.final === null) return false;
  const drop = -s.lastStep;
  const sigma = s.noise ?? fallbackSigma ?? 0;
  return drop > 0 && drop > z * Math.SQRT2 * sigma && drop >= 5e-3 * Math.abs(s.final);
}
function valueAt(xs, ys, x) {
  let prev = -1;
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(ys[i]) || !Number.isFinite(xs[i])) continue;
    if (xs[i] >= x) {
      if (prev < 0 || xs[i] === x) return ys[i];
      const t = (x - xs[prev]) / (xs[i] - xs[prev]);
      return ys[prev] + t * (ys[i] - ys[prev]);
    }
    prev = i;
  }
  return prev >= 0 ? ys[prev] : null;
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
  return Math.min(n, Math.max(1, Math.floor(n / 2)), Math.max(3, Math.ceil(0.1 * n)));
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
  let mean = 0;
  for (const v of x) mean += v / m;
  let sxx = 0;
  for (const v of x) sxx += (v - mean) ** 2;
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
    const d = p.y[i] - p.y[i - 1];
    up.push(Math.max(0, d) / scale);
    const s = Math.sign(d);
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
function round62(v) {
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
function pct2(v) {
  return `${v >= 0 ? "+" : ""}${fmt2(v * 100)}%`;
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
    bestLevel: bestLevelOf(p.y, w),
    startLevel,
    endLevel,
    levelWindow: w,
    tail: tailTrend(p, noise),
    lastStep: n >= 2 ? p.y[n - 1] - p.y[n - 2] : null,
    noise,
    increases,
    oscillation: oscillation(p, scale),
    spikes: findSpikes(p, scale),
    scale
  };
}
function bestLevelOf(y, w) {
  if (y.length === 0 || w < 1) return null;
  let best = Infinity;
  for (let i = 0; i + w <= y.length; i++) best = Math.min(best, median(y.subarray(i, i + w)));
  return best;
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
  const count4 = (a) => a.reduce((s, v) => s + (Number.isFinite(v) ? 0 : 1), 0);
  if (log.trainLoss) nonFinite.train_loss = count4(log.trainLoss);
  if (log.valLoss) nonFinite.val_loss = count4(log.valLoss);
  if (log.lr) nonFinite.lr = count4(log.lr);
  if (log.gradNorm) nonFinite.grad_norm = count4(log.gradNorm);
  for (const name2 of Object.keys(log.series).sort()) nonFinite[name2] = count4(log.series[name2]);
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
  const strengthOf = (name2) => round62(comps.find((c) => c.name === name2)?.raw ?? 0);
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
    grad_norm_max: round62(ctx.cur.gradNorm?.max ?? null),
    base_grad_norm_max: round62(ctx.base?.gradNorm?.max ?? null),
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
  const d = divergenceRatio(s);
  if (d === null || s.endLevel === null || s.best === null) return null;
  const baseSeries = ctx.base ? p.name === "train_loss" ? ctx.base.trainLoss : ctx.base.valLoss : null;
  const dBase = baseSeries ? divergenceRatio(baseSeries) : null;
  const excess = dBase !== null && dBase > 0 ? (1 + d) / (1 + dBase) - 1 : d;
  const material = s.endLevel - s.best >= DIVERGENCE_MATERIAL * s.scale;
  if (!(excess >= DIVERGENCE_MINOR) || !material) return null;
  const ratio = s.best > 0 ? s.endLevel / s.best : null;
  const orders = s.endLevel > 0 && s.first !== null && s.first > 0 ? Math.log10(s.endLevel / s.scale) : null;
  const growth = ratio !== null ? `${fmt2(ratio)}\xD7 its best` : `${fmt2(s.endLevel - s.best)} above its best`;
  const evidence = [
    {
      text: `${p.name} ends at ${fmt2(s.endLevel)} (median of the last ${s.levelWindow} rows; last ${fmt2(s.final)}) vs its best ${fmt2(s.best)} at ${ctx.cur.xName} ${fmt2(s.bestX)}: ${growth}`,
      value: round62(s.endLevel) ?? void 0
    }
  ];
  if (orders !== null && orders >= 1) {
    evidence.push({ text: `${p.name} grew ${fmt2(orders)} orders of magnitude from its initial ${fmt2(s.scale)}`, value: round62(orders) ?? void 0 });
  }
  if (dBase !== null && baseSeries?.best != null) {
    evidence.push({ text: `baseline ${p.name} ends ${fmt2(1 + dBase)}\xD7 its best (${fmt2(baseSeries.endLevel)} vs ${fmt2(baseSeries.best)})`, value: round62(1 + dBase) ?? void 0 });
  }
  const other = p.name === "train_loss" ? ctx.cur.valLoss : null;
  const dOther = other ? divergenceRatio(other) : null;
  if (other && dOther !== null && dOther >= DIVERGENCE_MINOR) {
    evidence.push({ text: `val_loss ends at ${fmt2(other.endLevel)} vs its best ${fmt2(other.best)} as well`, value: round62(other.endLevel) ?? void 0 });
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
  for (const name2 of ["train_loss", "val_loss"]) {
    const s = name2 === "train_loss" ? ctx.cur.trainLoss : ctx.cur.valLoss;
    if (!s || s.spikes.length === 0) continue;
    const b = ctx.base ? name2 === "train_loss" ? ctx.base.trainLoss : ctx.base.valLoss : null;
    const expected = b && b.finite > 0 ? b.spikes.length * s.finite / b.finite : 0;
    const excess = s.spikes.length - expected;
    const height = Math.max(...s.spikes.map((k) => k.height));
    const baseHeight = b && b.spikes.length > 0 ? Math.max(...b.spikes.map((k) => k.height)) : 0;
    if (excess < 1 || height <= 1.5 * baseHeight) continue;
    if (!best || height > best.height) best = { name: name2, spikes: s.spikes, excess, height };
  }
  if (!best) return null;
  const raw = logRamp(best.height, SPIKE_MINOR, SPIKE_MAJOR) * ctx.reliability;
  if (!(raw > 0) || best.height < SPIKE_MINOR) return null;
  const top = [...best.spikes].sort((a, b) => b.height - a.height)[0];
  const xName = ctx.cur.xName;
  const where = best.spikes.slice(0, 8).map((k) => fmt2(k.x)).join(", ");
  return {
    name: "spikes",
    raw,
    significant: best.excess >= 2 || best.height >= SPIKE_MAJOR,
    title: `${best.spikes.length} ${best.name} spike${best.spikes.length > 1 ? "s" : ""} above ${SPIKE_K}\xD7 the rolling median (largest ${fmt2(top.value)} vs ${fmt2(top.median)} at ${xName} ${fmt2(top.x)})`,
    metric: best.name,
    evidence: [
      {
        text: `${best.name} jumped above ${SPIKE_K}\xD7 the median of the previous ${SPIKE_WINDOW} rows at ${xName} ${where}${best.spikes.length > 8 ? ", \u2026" : ""}; largest jump ${fmt2(top.height)}\xD7 its initial value`,
        value: best.spikes.length
      }
    ]
  };
}
function explodingComponent(ctx) {
  const g = ctx.cur.gradNorm;
  if (!g) return null;
  const b = matchedBaseGrad(ctx);
  let ratio;
  let reference;
  let factor = 1;
  if (b) {
    const endRatio = b.endLevel > 0 ? g.endLevel / b.endLevel : 0;
    const maxRatio = b.max > 0 ? g.max / b.max : 0;
    ratio = Math.max(endRatio, maxRatio);
    const matched = ctx.base?.gradNorm && b !== ctx.base.gradNorm ? ` up to ${ctx.cur.xName} ${fmt2(ctx.cur.lastX)}, where this run stopped` : "";
    reference = `the baseline's${matched} (end ${fmt2(b.endLevel)}, max ${fmt2(b.max)})`;
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
    evidence: [{ text: `grad_norm reaches ${fmt2(g.max)} (end level ${fmt2(g.endLevel)}), ${fmt2(ratio)}\xD7 ${reference}`, value: round62(ratio) ?? void 0 }]
  };
}
function matchedBaseGrad(ctx) {
  const b = ctx.base?.gradNorm ?? null;
  const log = ctx.baseLog;
  const lastX = ctx.cur.lastX;
  if (!b || !log?.gradNorm || lastX === null || ctx.base.xName !== ctx.cur.xName || !(ctx.base.lastX !== null && lastX < ctx.base.lastX)) return b;
  const keep = [];
  for (let i = 0; i < log.x.length; i++) if (log.x[i] <= lastX) keep.push(log.gradNorm[i]);
  return summarizeGrad(Float64Array.from(keep.length ? keep : [log.gradNorm[0]])) ?? b;
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
        value: round62(g.endLevel) ?? void 0
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
  // Minimum leaf sizes regularise trees the way a penalty does: larger means a simpler model.
  [
    "regularization",
    /^(weight_?decay|wd|l1|l2|l2_reg|l2_lambda|l2_regularization|reg_lambda|reg_alpha|lambda_l1|lambda_l2|lambda|alpha_l2|min_samples_leaf|min_samples_split|min_child_samples|min_child_weight|min_data_in_leaf)$/
  ],
  // How much the model can represent: tree depth and leaves, layer count and width.
  ["capacity", /^(max_?depth|depth|num_leaves|max_leaf_nodes|n_layers|num_layers|hidden_size|hidden_dim|d_model|units|width)$/],
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
    case "capacity":
      return p.direction === "up";
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
    case "capacity":
      return p.direction === "down";
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
  overfitting: ["regularization", "dropout", "epochs", "early_stopping", "batch_size", "capacity"],
  underfitting: ["regularization", "dropout", "epochs", "early_stopping", "batch_size", "learning_rate", "capacity"],
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
function levelExcess(name2, c, b) {
  if (!c || !b || c.endLevel === null || b.endLevel === null || !(b.endLevel > 0)) return null;
  const se = Math.hypot(levelSe(c.noise ?? b.noise, c.levelWindow), levelSe(b.noise ?? c.noise, b.levelWindow));
  return {
    series: name2,
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
var VAL_UNCONFIRMED_FACTOR = 0.6;
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
  const fallingS = (c, b) => fallingAtStop(c, b?.noise ?? null, z);
  const falling = cur.valLoss ? fallingS(cur.valLoss, base?.valLoss) && (cur.trainLoss === null || fallingS(cur.trainLoss, base?.trainLoss)) : fallingS(cur.trainLoss, base?.trainLoss);
  const fewer = fewerSteps(ctx);
  if (!base) {
    const drops = [tailDrop(cur.trainLoss), tailDrop(cur.valLoss)].filter((d) => d !== null);
    const drop = drops.length ? Math.min(...drops) : null;
    const details2 = { tail_drop: round62(drop), still_falling: falling, rows: cur.rows, reliability: round62(ctx.reliability) };
    if (!falling || drop === null || drop < LEVEL_MINOR) return NOT_DETECTED(details2);
    const raw2 = logRamp(drop, LEVEL_MINOR, LEVEL_MAJOR) * ctx.reliability;
    const s = cur.valLoss ?? cur.trainLoss;
    return {
      detected: raw2 > 0,
      raw: raw2,
      significant: ctx.reliability >= 1,
      title: `Losses still falling when training stopped at ${xName} ${fmt2(cur.lastX)} (${pct2(-drop)} over the last ${fmt2(s.tail.toX - s.tail.fromX)} ${xName}s)`,
      metric: cur.valLoss ? "val_loss" : "train_loss",
      evidence: fallingEvidence(cur.trainLoss, cur.valLoss, xName, z),
      details: details2
    };
  }
  const levels = [levelExcess("train_loss", cur.trainLoss, base.trainLoss), levelExcess("val_loss", cur.valLoss, base.valLoss)].filter(
    (l) => l !== null
  );
  const details = {
    train_excess: round62(levels.find((l) => l.series === "train_loss")?.excess ?? null),
    val_excess: round62(levels.find((l) => l.series === "val_loss")?.excess ?? null),
    still_falling: falling,
    fewer_steps: fewer,
    last_x: round62(cur.lastX),
    base_last_x: round62(base.lastX),
    rows: cur.rows,
    base_rows: base.rows,
    reliability: round62(ctx.levelReliability)
  };
  if (levels.length === 0) return NOT_DETECTED(details);
  const beyond = (l) => l.excess >= Math.max(LEVEL_MINOR, l.tolerance);
  const weakest = levels.reduce((a, b) => b.excess < a.excess ? b : a);
  const bothHigh = beyond(weakest) && levels.every((l) => l.excess >= l.tolerance);
  const train = levels.find((l) => l.series === "train_loss");
  const val = levels.find((l) => l.series === "val_loss");
  const stoppedEarly = !bothHigh && fewer && falling && train !== void 0 && beyond(train) && val !== void 0 && val.excess > -val.tolerance;
  if (!bothHigh && !stoppedEarly) return NOT_DETECTED(details);
  const lead = bothHigh ? weakest : train;
  const reliability = ctx.levelReliability;
  const raw = logRamp(lead.excess, LEVEL_MINOR, LEVEL_MAJOR) * (bothHigh ? progressFactor(falling, fewer) : VAL_UNCONFIRMED_FACTOR) * reliability;
  const evidence = levels.map((l) => ({
    text: `${l.series} ends at ${fmt2(l.cur)} vs ${fmt2(l.base)} in the baseline (${pct2(l.excess)}${beyond(l) || l === lead ? "" : l.excess < l.tolerance ? `, within its noise \xB1${fmt2(l.tolerance * 100)}%` : `, under the ${pct2(LEVEL_MINOR)} that counts`})`,
    value: round62(l.excess) ?? void 0
  }));
  if (falling) evidence.push(...fallingEvidence(cur.trainLoss, cur.valLoss, xName, z, base));
  if (fewer) evidence.push(...matchedEvidence(ctx));
  const tail = falling ? " and still falling" : "";
  const short2 = fewer ? ` after ${fmt2(cur.lastX)} ${xName}s (baseline ${fmt2(base.lastX)})` : "";
  return {
    detected: raw > 0,
    raw,
    significant: reliability >= 1,
    title: bothHigh ? `Losses end ${pct2(weakest.excess)} above the baseline${tail}${short2}` : `Training stopped at ${xName} ${fmt2(cur.lastX)} of the baseline's ${fmt2(base.lastX)} while still learning: train_loss ends ${pct2(train.excess)} above the baseline`,
    metric: lead.series,
    evidence,
    details: { ...details, level_excess: round62(lead.excess), level_tolerance: round62(lead.tolerance), path: bothHigh ? "both_high" : "stopped_early" }
  };
}
function matchedEvidence(ctx) {
  const { cur, base, curLog, baseLog } = ctx;
  const out = [];
  if (!base || !baseLog || cur.lastX === null) return out;
  const xName = cur.xName;
  const sameUnits = base.xName === xName;
  for (const [name2, c, b, bs] of [
    ["train_loss", curLog.trainLoss, baseLog.trainLoss, base.trainLoss],
    ["val_loss", curLog.valLoss, baseLog.valLoss, base.valLoss]
  ]) {
    if (!sameUnits || !c || !b || !bs || bs.endLevel === null) continue;
    const at = valueAt(baseLog.x, b, cur.lastX);
    const mine = valueAt(curLog.x, c, cur.lastX);
    if (at === null || mine === null) continue;
    out.push({
      text: `at ${xName} ${fmt2(cur.lastX)}, where this run stopped, the baseline's ${name2} was ${fmt2(at)} (this run ${fmt2(mine)}); the baseline went on to ${fmt2(bs.endLevel)} by ${xName} ${fmt2(base.lastX)}`,
      value: round62(at) ?? void 0
    });
  }
  if (out.length === 0) out.push({ text: `ran to ${xName} ${fmt2(cur.lastX)} vs ${fmt2(base.lastX)} in the baseline`, value: round62(cur.lastX) ?? void 0 });
  return out;
}
function fallingEvidence(train, val, xName, z, base = null) {
  const out = [];
  for (const [name2, s, b] of [
    ["train_loss", train, base?.trainLoss ?? null],
    ["val_loss", val, base?.valLoss ?? null]
  ]) {
    if (s && !s.tail && s.lastStep !== null && s.final !== null && fallingAtStop(s, b?.noise ?? null, z)) {
      out.push({
        text: `${name2} still falling when the run stopped: ${fmt2(s.final - s.lastStep)} \u2192 ${fmt2(s.final)} in its last logged ${xName} (${pct2(s.lastStep / Math.abs(s.final - s.lastStep))})`,
        value: round62(s.lastStep) ?? void 0
      });
      continue;
    }
    if (!s?.tail || !stillFalling(s, z)) continue;
    const drop = tailDrop(s);
    out.push({
      text: `${name2} still falling at the end: ${pct2(-drop)} from ${xName} ${fmt2(s.tail.fromX)} to ${fmt2(s.tail.toX)} (Theil\u2013Sen slope ${fmt2(s.tail.slope)} per ${xName}, noise \xB1${fmt2(2 * s.tail.changeSe)})`,
      value: round62(s.tail.slope) ?? void 0
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
var BEST_TOLERANCE_FLOOR = 0.02;
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
    ratio: round62(ratio),
    lr_column_ratio: round62(lrColumnRatio),
    lr_schedule: cur.lr?.schedule ?? null,
    base_lr_schedule: base?.lr?.schedule ?? null,
    lr_median: round62(cur.lr?.median ?? null),
    base_lr_median: round62(base?.lr?.median ?? null),
    osc_series: osc.series,
    osc_sign_change_rate: round62(osc.signRate),
    osc_up_move_75: round62(osc.up),
    base_osc_up_move_75: round62(osc.baseUp),
    osc_ratio: round62(osc.ratio),
    instability_strength: round62(instability.detected ? instability.raw : 0),
    reliability: round62(ctx.reliability)
  };
  const best = lrDir === "up" ? worseBest(ctx) : null;
  let highRaw = 0;
  let highWhy = null;
  if (lrDir === "up") {
    const options = [
      { why: "instability", raw: instability.detected ? instability.raw : 0 },
      { why: "oscillation", raw: osc.raw },
      { why: "worse_best", raw: best?.raw ?? 0 }
    ].filter((o) => o.raw > 0);
    const top = options.reduce((m, o) => m === null || o.raw > m.raw ? o : m, null);
    if (top) {
      highRaw = top.raw;
      highWhy = top.why;
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
    const falling = fallingAtStop(cur.trainLoss, base?.trainLoss?.noise ?? null, z) || fallingAtStop(cur.valLoss, base?.valLoss?.noise ?? null, z);
    if (p && base) {
      const l2 = levelExcess(p.name, p.s, p.name === "train_loss" ? base.trainLoss : base.valLoss);
      if (l2 && l2.excess >= Math.max(LEVEL_MINOR, l2.tolerance)) {
        lowRaw = logRamp(l2.excess, LEVEL_MINOR, LEVEL_MAJOR) * progressFactor(falling, fewerSteps(ctx)) * ctx.levelReliability;
        low = { excess: l2.excess, series: p.name, cur: l2.cur, base: l2.base, falling };
      }
    } else if (p && falling) {
      const drop = tailDrop(p.s);
      if (drop !== null && drop >= LEVEL_MINOR) {
        lowRaw = logRamp(drop, LEVEL_MINOR, LEVEL_MAJOR) * ctx.curReliability;
        low = { excess: drop, series: p.name, cur: p.s.endLevel, base: null, falling };
      }
    }
  }
  if (!(highRaw > 0) && !(lowRaw > 0)) return { ...NOT_DETECTED(details), direction: null, fromChange: false };
  const evidence = [];
  if (lrChange) evidence.push({ text: `learning rate changed: ${describeChange(lrChange)}`, value: round62(paramRatio) ?? void 0 });
  if (lrColumnRatio !== null && columnDir !== null) {
    evidence.push({
      text: `logged lr median ${fmt2(cur.lr?.median ?? null)} vs ${fmt2(base?.lr?.median ?? null)} in the baseline (${formatRatio(lrColumnRatio)}; schedule ${cur.lr?.schedule ?? "n/a"})`,
      value: round62(lrColumnRatio) ?? void 0
    });
  }
  const what = lrChange ? lrChange.key : "logged lr";
  const change = ratio !== null ? `${lrDir === "up" ? "raised" : "lowered"} ${formatRatio(ratio)}` : "changed";
  const from = lrChange ? ` (${fmtScalar(lrChange.baseline)} \u2192 ${fmtScalar(lrChange.current)})` : "";
  if (highRaw >= lowRaw) {
    if (best && best.raw > 0) evidence.push(best.evidence);
    if (osc.raw > 0 && (highWhy === "oscillation" || !instability.diverged)) evidence.push(osc.evidence);
    if (highWhy === "instability") evidence.push({ text: `after the increase: ${instability.title}`, value: round62(instability.raw) ?? void 0 });
    const symptom2 = highWhy === "instability" ? instability.title : highWhy === "worse_best" ? best.title : osc.title;
    const title = lrDir === "up" ? `${what} ${change}${from}: ${symptom2}` : `Learning rate likely too high: ${osc.title}`;
    const significant = highWhy === "instability" ? instability.significant : highWhy === "worse_best" ? best.significant : osc.significant;
    return {
      detected: true,
      raw: highRaw,
      significant,
      title,
      metric: highWhy === "instability" ? instability.metric : highWhy === "worse_best" ? best.series : osc.series,
      evidence,
      details: { ...details, direction: "too_high", evidence_kind: highWhy },
      direction: "too_high",
      fromChange: lrDir === "up"
    };
  }
  const l = low;
  evidence.push({
    text: l.base !== null ? `${l.series} ends at ${fmt2(l.cur)} vs ${fmt2(l.base)} in the baseline (${pct2(l.excess)})${l.falling ? ", still falling" : ""}` : `${l.series} still falling at the end (${pct2(-l.excess)} over the last 20% of the run)`,
    value: round62(l.excess) ?? void 0
  });
  const symptom = l.base !== null ? `${l.series} ends ${pct2(l.excess)} above the baseline${l.falling ? ", still falling" : ""}` : `${l.series} still falling at the end`;
  return {
    detected: true,
    raw: lowRaw,
    significant: ctx.levelReliability >= 1,
    title: `${what} ${change}${from}: ${symptom}`,
    metric: l.series,
    evidence,
    details: { ...details, direction: "too_low", evidence_kind: "slow_decrease", level_excess: round62(l.excess) },
    direction: "too_low",
    fromChange: true
  };
}
function fmtScalar(v) {
  return typeof v === "number" ? fmt2(v) : String(v);
}
function oscillationEvidence(ctx) {
  const all = ["train_loss", "val_loss"].map((name2) => oscillationOf(ctx, name2));
  const p = primaryLoss(ctx.cur);
  const fallback = all.find((o) => o.series === p?.name) ?? all[0];
  return all.reduce((m, o) => o.raw > m.raw ? o : m, fallback);
}
function oscillationOf(ctx, name2) {
  const s = name2 === "train_loss" ? ctx.cur.trainLoss : ctx.cur.valLoss;
  const p = s && s.finite >= 3 ? { name: name2, s } : null;
  const o = p?.s.oscillation ?? null;
  if (!p || !o) return { raw: 0, significant: false, series: name2, signRate: null, up: null, baseUp: null, ratio: null, title: "", evidence: null };
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
    significant: ctx.reliability >= 1,
    series: p.name,
    signRate: o.signChangeRate,
    up: o.upMove75,
    baseUp,
    ratio,
    title: `${p.name} oscillates (${fmt2(o.signChangeRate * 100)}% of steps reverse; typical rise ${fmt2(o.upMove75 * 100)}% of its initial value${baseText ? `, ${ratio !== null ? fmt2(ratio) : ""}\xD7 the baseline` : ""})`,
    evidence: {
      text: `${p.name} reverses direction in ${fmt2(o.signChangeRate * 100)}% of steps; 75th-percentile upward move ${fmt2(o.upMove75 * 100)}% of its initial value${baseText}`,
      value: round62(o.upMove75) ?? void 0
    }
  };
}
function worseBest(ctx) {
  const { cur, base } = ctx;
  if (!base) return null;
  const name2 = cur.valLoss && base.valLoss ? "val_loss" : primaryLoss(cur)?.name ?? null;
  if (!name2) return null;
  const c = name2 === "val_loss" ? cur.valLoss : cur.trainLoss;
  const b = name2 === "val_loss" ? base.valLoss : base.trainLoss;
  if (!c || !b || c.bestLevel === null || b.bestLevel === null || !(b.bestLevel > 0)) return null;
  const se = Math.hypot(levelSe(c.noise ?? b.noise, c.levelWindow), levelSe(b.noise ?? c.noise, b.levelWindow));
  const excess = c.bestLevel / b.bestLevel - 1;
  const tolerance = Math.max(BEST_TOLERANCE_FLOOR, 3 * se / b.bestLevel);
  if (!(excess >= Math.max(LEVEL_MINOR, tolerance))) return null;
  const raw = logRamp(excess, LEVEL_MINOR, LEVEL_MAJOR) * ctx.levelReliability;
  return {
    raw,
    significant: ctx.levelReliability >= 1,
    series: name2,
    title: `${name2} never got below ${fmt2(c.bestLevel)}, ${pct2(excess)} above the baseline's best ${fmt2(b.bestLevel)}`,
    evidence: {
      text: `best ${name2} level ${fmt2(c.bestLevel)} vs ${fmt2(b.bestLevel)} in the baseline (${pct2(excess)}; medians of ${c.levelWindow} and ${b.levelWindow} consecutive ${ctx.cur.xName}s, noise \xB1${fmt2(tolerance * 100)}%)`,
      value: round62(excess) ?? void 0
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
    best_val_loss: round62(v.best),
    best_val_x: round62(v.bestX),
    best_val_position: round62(v.bestPosition),
    base_best_val_x: round62(baseVal?.bestX ?? null),
    val_end_level: round62(v.endLevel),
    rise_after_best: round62(rise),
    base_rise_after_best: round62(baseRise),
    rise_excess: round62(excess),
    train_drop_after_best: round62(trainDrop),
    gap: round62(gap),
    base_gap: round62(baseGap),
    gap_ratio: round62(gapRatio),
    gap_rel_delta: round62(gapDelta),
    gap_rel_delta_se: round62(gapSe),
    val_increases: v.increases,
    base_val_increases: baseVal?.increases ?? null,
    rows: cur.rows,
    base_rows: base?.rows ?? null,
    reliability: round62(ctx.reliability)
  };
  const reliability = riseRaw >= gapRaw ? ctx.curReliability : ctx.reliability;
  const raw = Math.max(riseRaw * ctx.curReliability, gapRaw * ctx.reliability);
  if (!(raw > 0)) return NOT_DETECTED(details);
  const evidence = [];
  const position = v.bestPosition !== null ? ` (${fmt2(v.bestPosition * 100)}% into the run)` : "";
  evidence.push({
    text: `val_loss best ${fmt2(v.best)} at ${xName} ${fmt2(v.bestX)}${position}, then ended at ${fmt2(v.endLevel)} (${pct2(rise)} vs its best${baseRise !== null ? `; baseline ${pct2(baseRise)}, best at ${base.xName} ${fmt2(baseVal.bestX)}` : ""})`,
    value: round62(rise) ?? void 0
  });
  if (trainDrop !== null && t) {
    evidence.push({
      text: `train_loss ${trainFalling ? "kept falling" : "moved"} after ${xName} ${fmt2(v.bestX)}: ${fmt2(trainAtBest)} \u2192 ${fmt2(t.endLevel)} (${pct2(-trainDrop)})`,
      value: round62(trainDrop) ?? void 0
    });
  }
  if (gap !== null && baseGap !== null) {
    evidence.push({
      text: `val \u2212 train gap ${fmt2(gap)} vs ${fmt2(baseGap)} in the baseline${gapRatio !== null ? ` (${fmt2(gapRatio)}\xD7)` : ""}`,
      value: round62(gap) ?? void 0
    });
  }
  if (v.finite > 1) evidence.push({ text: `val_loss went up in ${v.increases} of ${v.finite - 1} steps`, value: v.increases });
  const title = riseRaw >= gapRaw ? `val_loss rose ${pct2(rise)} after its best at ${xName} ${fmt2(v.bestX)} while train_loss kept falling${baseRise !== null ? ` (baseline ${pct2(baseRise)})` : ""}` : `val \u2212 train loss gap widened ${gapRatio !== null ? `${fmt2(gapRatio)}\xD7` : ""} vs the baseline (${fmt2(baseGap)} \u2192 ${fmt2(gap)})`;
  return {
    detected: true,
    raw,
    significant: (riseRaw >= gapRaw ? beyondNoise : gapBeyondNoise) && reliability >= 1,
    title,
    metric: "val_loss",
    evidence,
    details: { ...details, path: riseRaw >= gapRaw ? "rise_after_best" : "gap" }
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
    reliability: rowReliability(Math.min(cur.rows, base?.rows ?? Infinity)),
    curReliability: rowReliability(cur.rows),
    levelReliability: rowReliability(Math.max(cur.rows, base?.rows ?? 0))
  };
  const inst = assessInstability(ctx);
  const over = assessOverfitting(ctx, inst);
  const under = assessUnderfitting(ctx, inst);
  const lr = assessLearningRate(ctx, inst, lrChange, lrColumnRatio);
  const lrExplains = lr.detected && lr.fromChange;
  const instExplained = lrExplains && lr.direction === "too_high";
  const overExplained = lrExplains && lr.direction === "too_high";
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
    lrColumnRatio: round62(lrColumnRatio),
    params,
    overfitting: finalize(
      "overfitting",
      over,
      baseFactor,
      overExplained ? "learning_rate" : null,
      related2("overfitting"),
      related2("overfitting").filter(supportsOverfitting)
    ),
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
function finalize(category, d, baseFactor, explainedBy, relatedParams, causalParams) {
  const factor = baseFactor * (explainedBy ? SYMPTOM_FACTOR : 1);
  const strength = d.detected ? round62(clamp01(d.raw * factor)) : 0;
  const causal = d.detected ? causalParams : [];
  const evidence = [...d.evidence];
  if (d.detected) {
    for (const p of relatedParams) {
      if (category === "learning_rate" && p.role === "learning_rate") continue;
      evidence.push({ text: `changed parameter: ${describeChange(p)}`, value: p.ratio !== null ? round62(p.ratio) : void 0 });
    }
  }
  return {
    category,
    detected: d.detected,
    strength,
    rawStrength: round62(d.raw),
    significant: d.detected && d.significant,
    title: d.title,
    metric: d.metric,
    evidence,
    details: {
      ...d.details,
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
  overfitting: ["regularization", "dropout", "early_stopping", "epochs", "capacity"],
  underfitting: ["epochs", "early_stopping", "regularization", "dropout", "capacity"]
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
    const primary = main.role === "learning_rate" && (x.category === "learning_rate" || x.category === "training_instability");
    const changes = keys.map(describeChange);
    out.push({
      category: "config_change",
      area: "training",
      strength: round62(x.strength * (primary ? CONFIG_CHANGE_PRIMARY_FACTOR : CONFIG_CHANGE_CONTEXT_FACTOR)),
      significant: x.significant,
      title: `${changes.join("; ")} \u2014 tied to ${x.category}`,
      source: a.source,
      evidence: [
        ...keys.map((p) => ({ text: `changed parameter: ${describeChange(p)}`, ...p.ratio !== null ? { value: round62(p.ratio) } : {} })),
        { text: `${x.category}: ${x.title}`, value: x.strength }
      ],
      details: {
        key: main.key,
        baseline: main.baseline,
        current: main.current,
        ratio: round62(main.ratio),
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

// src/analysis/performance/special.ts
var EPS2 = 1e-16;
var TINY = 1e-300;
var MAX_ITER = 1e4;
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
  let d = 1 - qab * x / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS2) break;
  }
  return h;
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
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const plow = 0.02425;
  let x;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - plow) {
    const q = p - 0.5;
    const r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
  return x - u / (1 + x * u / 2);
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
var indicatorCache = /* @__PURE__ */ new WeakMap();
function indicatorBytes(x) {
  let known = indicatorCache.get(x);
  if (known === void 0) {
    known = new Uint8Array(x.length);
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      if (v !== 0 && v !== 1) {
        known = null;
        break;
      }
      known[i] = v;
    }
    indicatorCache.set(x, known);
  }
  return known;
}
function countCombos(cells, cell2, xb, xc) {
  const ways = xc ? 4 : 2;
  const counts3 = new Int32Array(cells * ways);
  if (xc) {
    for (let i = 0; i < cell2.length; i++) {
      const c = cell2[i];
      if (c >= 0) counts3[c << 2 | xb[i] << 1 | xc[i]]++;
    }
  } else {
    for (let i = 0; i < cell2.length; i++) {
      const c = cell2[i];
      if (c >= 0) counts3[c << 1 | xb[i]]++;
    }
  }
  return Float64Array.from(counts3);
}
function accumulateRun(acc, block2, cell2, x, w) {
  const bytes = w === null ? indicatorBytes(x) : null;
  if (bytes) {
    const k = countCombos(acc.length / M, cell2, bytes, null);
    for (let c = 0, o = block2; o < acc.length; c++, o += M) {
      const n = k[2 * c] + k[2 * c + 1];
      const ones = k[2 * c + 1];
      acc[o] += n;
      acc[o + S1] += ones;
      acc[o + Q2] += ones;
    }
    completeUnit(acc, block2);
    return;
  }
  if (w === null) {
    for (let i = 0; i < cell2.length; i++) {
      const c = cell2[i];
      if (c < 0) continue;
      const o = c * M + block2;
      const xi = x[i];
      acc[o] += 1;
      acc[o + S1] += xi;
      acc[o + Q2] += xi * xi;
    }
    completeUnit(acc, block2);
    return;
  }
  for (let i = 0; i < cell2.length; i++) {
    const c = cell2[i];
    if (c < 0) continue;
    const o = c * M + block2;
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
function completeUnit(acc, block2) {
  for (let o = 0; o < acc.length; o += M) {
    acc[o + block2 + S0] = acc[o + block2];
    acc[o + block2 + Q0] = acc[o + block2];
    acc[o + block2 + Q1] = acc[o + block2 + S1];
  }
}
function accumulatePairedUnit(acc, cell2, xb, xc) {
  for (let i = 0; i < cell2.length; i++) {
    const c = cell2[i];
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
}
function addPairedCounts(acc, k) {
  for (let c = 0, o = 0; o < acc.length; c++, o += M) {
    const n01 = k[4 * c + 1];
    const n10 = k[4 * c + 2];
    const n11 = k[4 * c + 3];
    acc[o] += k[4 * c] + n01 + n10 + n11;
    acc[o + S1] += n10 + n11;
    acc[o + Q2] += n10 + n11;
    acc[o + CUR + S1] += n01 + n11;
    acc[o + CUR + Q2] += n01 + n11;
    acc[o + P2] += n11;
  }
}
function completePairedUnit(acc) {
  for (let o = 0; o < acc.length; o += M) {
    const n = acc[o];
    acc[o + CUR] = n;
    acc[o + P0] = n;
    acc[o + PB] = acc[o + S1];
    acc[o + PC] = acc[o + CUR + S1];
  }
  completeUnit(acc, 0);
  completeUnit(acc, CUR);
}
function pairCounts(a, la, b, lb) {
  const stride = la * 4;
  const byB = new Int32Array(lb * stride);
  const { bits } = a;
  for (let i = 0; i < b.length; i++) {
    const x = bits[i];
    const cb = b[i];
    if ((x | cb) >= 0) byB[cb * stride + x]++;
  }
  return byB;
}
function addPairCounts(acc, byB, la, lb) {
  const stride = la * 4;
  const counts3 = new Float64Array(byB.length);
  for (let ca = 0; ca < la; ca++) for (let cb = 0; cb < lb; cb++) for (let v = 0; v < 4; v++) counts3[ca * lb + cb << 2 | v] = byB[cb * stride + ca * 4 + v];
  addPairedCounts(acc, counts3);
  completePairedUnit(acc);
}
var PACK_COLUMNS = 3;
var PACK_MAX_COUNTS = 1 << 16;
function packLabels(codes, labels) {
  const size = labels.reduce((p, l) => p * (l + 1), 1);
  if (codes.length === 0 || size > 1 << 15) return null;
  const first = codes[0];
  const out = new Int16Array(first.length);
  for (let i = 0; i < out.length; i++) out[i] = first[i] + 1;
  for (let k = 1; k < codes.length; k++) packDigit(out, codes[k], labels[k] + 1);
  return out;
}
function packDigit(out, codes, base) {
  for (let i = 0; i < out.length; i++) out[i] = out[i] * base + codes[i] + 1;
}
function packedPairCounts(a, la, packed, labels) {
  const stride = la * 4;
  const codes = labels.reduce((p, l) => p * (l + 1), 1);
  if (codes * stride > PACK_MAX_COUNTS) return null;
  const all = new Int32Array(codes * stride);
  countPacked(a.bits, packed, all, stride);
  const out = [];
  let after2 = codes;
  for (const l of labels) {
    const base = l + 1;
    after2 /= base;
    const byB = new Int32Array(l * stride);
    for (let code2 = 0; code2 < codes; code2++) {
      const digit = Math.floor(code2 / after2) % base;
      if (digit === 0) continue;
      const from = code2 * stride;
      const to = (digit - 1) * stride;
      for (let x = 0; x < stride; x++) byB[to + x] += all[from + x];
    }
    out.push(byB);
  }
  return out;
}
function countPacked(bits, packed, all, stride) {
  for (let i = 0; i < packed.length; i++) {
    const x = bits[i];
    if (x >= 0) all[packed[i] * stride + x]++;
  }
}
function pairedRowBytes(xb, xc, cellB, cellC) {
  const bb = indicatorBytes(xb);
  const bc = bb ? indicatorBytes(xc) : null;
  if (!bb || !bc || cellB.length !== bb.length || cellC.length !== bb.length) return null;
  const out = new Uint8Array(bb.length);
  let outside = 0;
  for (let i = 0; i < out.length; i++) {
    const b = cellB[i];
    const c = cellC[i];
    outside |= b | c;
    out[i] = bb[i] << 5 | bc[i] << 4 | (b & 3) << 2 | c & 3;
  }
  return (outside & ~3) === 0 ? out : null;
}
function jointCounts(codes, bytes, labels) {
  const counts3 = new Int32Array(labels * 64);
  for (let i = 0; i < codes.length; i++) {
    const l = codes[i];
    if (l >= 0) counts3[l << 6 | bytes[i]]++;
  }
  return counts3;
}
function accumulateJoint(acc, joint) {
  const labels = joint.length >> 6;
  const pairs = new Float64Array(labels * 4);
  for (let l = 0; l < labels; l++) {
    for (let v = 0; v < 4; v++) {
      let n = 0;
      for (let low = 0; low < 16; low++) n += joint[l << 6 | v << 4 | low];
      pairs[l << 2 | v] = n;
    }
  }
  addPairedCounts(acc, pairs);
  completePairedUnit(acc);
}
function labelsWithBits(a, xb, xc) {
  const bb = indicatorBytes(xb);
  const bc = bb ? indicatorBytes(xc) : null;
  if (!bb || !bc) return null;
  const bits = new Int16Array(a.length);
  let top = 0;
  for (let i = 0; i < a.length; i++) {
    const ca = a[i];
    top |= ca;
    bits[i] = ca < 0 ? -1 : ca << 2 | bb[i] << 1 | bc[i];
  }
  return top < 8192 ? { bits } : null;
}
function accumulatePaired(acc, cell2, xb, wb, xc, wc) {
  if (wb === null && wc === null) {
    const bb = indicatorBytes(xb);
    const bc = bb ? indicatorBytes(xc) : null;
    if (bb && bc) addPairedCounts(acc, countCombos(acc.length / M, cell2, bb, bc));
    else accumulatePairedUnit(acc, cell2, xb, xc);
    completePairedUnit(acc);
    return;
  }
  const ones = new Float64Array(cell2.length).fill(1);
  const wB = wb ?? ones;
  const wC = wc ?? ones;
  accumulateRun(acc, 0, cell2, xb, wB);
  accumulateRun(acc, CUR, cell2, xc, wC);
  for (let i = 0; i < cell2.length; i++) {
    const c = cell2[i];
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
  const d = new Float64Array(s.resamples);
  const probs = [baseOnly / n, curOnly / n, (n - baseOnly - curOnly) / n];
  const cells = new Int32Array(3);
  for (let r = 0; r < s.resamples; r++) {
    multinomialSmall(s.rng, n, probs, cells);
    d[r] = (cells[1] - cells[0]) / n;
  }
  return percentileInterval(d, s.level);
}
function twoBinomialInterval(nb, kb, nc, kc, s) {
  const d = new Float64Array(s.resamples);
  for (let r = 0; r < s.resamples; r++) d[r] = binomialSample(s.rng, nc, kc / nc) / nc - binomialSample(s.rng, nb, kb / nb) / nb;
  return percentileInterval(d, s.level);
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
function makeComparison(base, cur, paired, opts, partial = null) {
  const xBase = primaryValues(base);
  const xCur = primaryValues(cur);
  const mb = weightedMean(xBase, base.w);
  const mc = weightedMean(xCur, cur.w);
  const kind = cur.kind;
  return {
    base,
    cur,
    paired,
    partial: paired ? null : partial,
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

// src/analysis/performance/arrays.ts
var UNIT_WEIGHT = Float64Array.of(1);
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
function scatterF64(into, src, pos) {
  for (let k = 0; k < pos.length; k++) into[pos[k]] = src[k];
}
function countOnes(flags) {
  let n = 0;
  for (let j = 0; j < flags.length; j++) n += flags[j];
  return n;
}

// src/analysis/performance/ranked.ts
function argsortDescending(values, rows) {
  return orderOf(values, rows, null).order;
}
function orderOf(values, rows, ends) {
  const n = rows ? rows.length : values.length;
  const keys = new Float64Array(n);
  if (rows) gatherKeys(keys, values, rows);
  else copyKeys(keys, values);
  if (isDescending(keys)) {
    if (ends) markEnds(ends, keys);
    releaseNow(keys);
    return { order: rows ? Int32Array.from(rows) : iota(n), endsMarked: ends !== null };
  }
  const onGrid = gridOrder(keys, ends);
  if (onGrid) {
    releaseNow(keys);
    if (!rows) return { order: onGrid, endsMarked: ends !== null };
    const out2 = gatherI32(rows, onGrid);
    releaseNow(onGrid);
    return { order: out2, endsMarked: ends !== null };
  }
  let hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  descendingWords(new Uint32Array(keys.buffer), hi, lo);
  let idx = iota(n);
  let hi2 = new Uint32Array(n);
  let idx2 = new Int32Array(n);
  const count4 = new Int32Array(2048);
  for (const [shift, width] of [
    [0, 11],
    [11, 11],
    [22, 10]
  ]) {
    const mask = (1 << width) - 1;
    countDigits(count4, hi, shift, mask);
    if (count4[hi[0] >>> shift & mask] === n) continue;
    startsOfDigits(count4, mask);
    scatterByDigit(count4, hi, idx, hi2, idx2, shift, mask);
    [hi, hi2] = [hi2, hi];
    [idx, idx2] = [idx2, idx];
  }
  orderTiesByLowWord(hi, lo, idx);
  for (const a of [keys, hi, hi2, lo, idx2]) releaseNow(a);
  if (!rows) return { order: idx, endsMarked: false };
  const out = gatherI32(rows, idx);
  releaseNow(idx);
  return { order: out, endsMarked: false };
}
var GRID_MAX_STEPS = 1 << 2 * DIGIT_BITS;
function gridOrder(keys, ends) {
  const n = keys.length;
  const p = gridScale(keys, GRID_MAX_STEPS);
  if (p === 0) return null;
  const span = gridSpan(keys, p);
  if (span === void 0 || !(span.hi - span.lo < GRID_MAX_STEPS)) return null;
  let key = new Uint32Array(n);
  if (!gridKeysDown(keys, p, span.hi, key)) {
    releaseNow(key);
    return null;
  }
  const bits = 32 - Math.clz32(span.hi - span.lo);
  const width = digitWidth(bits);
  const mask = (1 << width) - 1;
  let idx = iota(n);
  let key2 = new Uint32Array(n);
  let idx2 = new Int32Array(n);
  const count4 = new Int32Array(1 << DIGIT_BITS);
  for (let shift = 0; shift < bits; shift += width) {
    countDigits(count4, key, shift, mask);
    if (count4[key[0] >>> shift & mask] === n) continue;
    startsOfDigits(count4, mask);
    scatterByDigit(count4, key, idx, key2, idx2, shift, mask);
    [key, key2] = [key2, key];
    [idx, idx2] = [idx2, idx];
  }
  if (ends) markEnds(ends, key);
  for (const a of [key, key2, idx2]) releaseNow(a);
  return idx;
}
function markEnds(ends, keys) {
  const last = keys.length - 1;
  for (let j = 0; j < last; j++) ends[j] = +(keys[j + 1] !== keys[j]);
  if (last >= 0) ends[last] = 1;
}
function gridKeysDown(keys, p, hi, out) {
  for (let i = 0; i < keys.length; i++) {
    const d = hi - Math.round(keys[i] * p);
    if (!(d >= 0)) return false;
    out[i] = d;
  }
  return true;
}
function copyKeys(keys, values) {
  for (let i = 0; i < keys.length; i++) keys[i] = values[i] + 0;
}
function gatherKeys(keys, values, rows) {
  for (let i = 0; i < keys.length; i++) keys[i] = values[rows[i]] + 0;
}
function isDescending(keys) {
  for (let i = 1; i < keys.length; i++) if (keys[i] > keys[i - 1]) return false;
  return true;
}
function descendingWords(bits, hi, lo) {
  for (let i = 0; i < hi.length; i++) {
    let h = bits[2 * i + 1];
    let l = bits[2 * i];
    if (h & 2147483648) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 2147483648) >>> 0;
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  }
}
function scatterByDigit(count4, hi, idx, hi2, idx2, shift, mask) {
  for (let i = 0; i < hi.length; i++) {
    const dst = count4[hi[i] >>> shift & mask]++;
    hi2[dst] = hi[i];
    idx2[dst] = idx[i];
  }
}
function orderTiesByLowWord(hi, lo, idx) {
  const n = hi.length;
  let i = 0;
  while (i < n) {
    const j = runOfWord(hi, lo, idx, i);
    if (j < 0) {
      const end = -j;
      if (end - i > 32) {
        const run = Array.from(idx.subarray(i, end)).sort((a, b) => lo[a] - lo[b] || a - b);
        idx.set(run, i);
      } else insertByLowWord(lo, idx, i, end);
      i = end;
    } else i = j;
  }
}
function runOfWord(hi, lo, idx, i) {
  const h = hi[i];
  let j = i + 1;
  let inOrder = true;
  while (j < hi.length && hi[j] === h) {
    if (lo[idx[j - 1]] > lo[idx[j]]) inOrder = false;
    j++;
  }
  return inOrder ? j : -j;
}
function insertByLowWord(lo, idx, i, j) {
  for (let a = i + 1; a < j; a++) {
    const x = idx[a];
    const key = lo[x];
    let b = a - 1;
    while (b >= i && lo[idx[b]] > key) {
      idx[b + 1] = idx[b];
      b--;
    }
    idx[b + 1] = x;
  }
}
function rankRows(score, labels, positiveClass, weight, rows, unit) {
  const n = rows ? rows.length : score.length;
  const groupEnd = new Uint8Array(n);
  const { order, endsMarked } = orderOf(score, rows, groupEnd);
  const positive = new Uint8Array(n);
  const shareUnit = weight === null && unit !== void 0 && unit.length === n;
  const w = shareUnit ? unit : new Float64Array(n);
  const isPositive = positiveBytes(labels, positiveClass);
  if (!endsMarked) markEndsOfOrder(groupEnd, score, order);
  gatherBytesInOrder(positive, isPositive, order);
  releaseNow(isPositive);
  if (!shareUnit) gatherWeights(w, weight, order);
  return { order, groupEnd, positive, weight: w, identity: isIdentity(order) };
}
function positiveBytes(labels, positiveClass) {
  const out = new Uint8Array(labels.length);
  for (let r = 0; r < labels.length; r++) out[r] = +(labels[r] === positiveClass);
  return out;
}
function markEndsOfOrder(groupEnd, score, order) {
  const last = order.length - 1;
  for (let j = 0; j < last; j++) groupEnd[j] = +(score[order[j + 1]] !== score[order[j]]);
  if (last >= 0) groupEnd[last] = 1;
}
function gatherBytesInOrder(out, bytes, order) {
  for (let j = 0; j < order.length; j++) out[j] = bytes[order[j]];
}
function gatherWeights(w, weight, order) {
  for (let j = 0; j < order.length; j++) w[j] = weight ? weight[order[j]] : 1;
}
function isIdentity(order) {
  for (let j = 0; j < order.length; j++) if (order[j] !== j) return false;
  return true;
}
function rankStats(r, counts3, out = { auc: NaN, ap: NaN }) {
  const { order, groupEnd, positive, weight } = r;
  const n = order.length;
  let tp = 0;
  let fp = 0;
  let gtp = 0;
  let gfp = 0;
  let area = 0;
  let ap = 0;
  for (let j = 0; j < n; j++) {
    const c = counts3 === null ? 1 : counts3[order[j]];
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
var RUN_TIES = 1;
var RUN_BIN_END = 2;
function scoreRuns(groupEnd, binEnd) {
  const n = groupEnd.length;
  let runs = 0;
  for (let j = 0; j < n; j++) runs += runEndsAt(groupEnd, binEnd, j);
  const out = new Int32Array(3 * runs);
  let len = 0;
  let start = 0;
  for (let j = 0; j < n; j++) {
    if (!runEndsAt(groupEnd, binEnd, j)) continue;
    out[len++] = start;
    out[len++] = j + 1;
    out[len++] = (inTieGroup(groupEnd, j) ? RUN_TIES : 0) | (binEnd !== null && binEnd[j] === 1 ? RUN_BIN_END : 0);
    start = j + 1;
  }
  return out;
}
function inTieGroup(groupEnd, j) {
  return groupEnd[j] === 0 || j > 0 && groupEnd[j - 1] === 0;
}
function runEndsAt(groupEnd, binEnd, j) {
  if (groupEnd[j] === 0) return 0;
  const last = j === groupEnd.length - 1;
  return last || inTieGroup(groupEnd, j) || groupEnd[j + 1] === 0 || binEnd !== null && binEnd[j] === 1 ? 1 : 0;
}
var keptRuns = /* @__PURE__ */ new WeakMap();
function keepRuns(ranked, runs) {
  keptRuns.set(ranked, runs);
}
function rankedRuns(ranked) {
  let runs = keptRuns.get(ranked);
  if (runs === void 0 || runs.length === 0) keptRuns.set(ranked, runs = scoreRuns(ranked.groupEnd, null));
  return runs;
}
function releaseRuns(ranked) {
  const runs = keptRuns.get(ranked);
  keptRuns.delete(ranked);
  if (runs) releaseNow(runs);
}

// src/analysis/performance/delong.ts
function placementSlots(codes, ranked, labels, out) {
  const none = labels + 1;
  const { order, positive } = ranked;
  if (ranked.identity) {
    for (let j = 0; j < out.length; j++) {
      const c = codes[j];
      out[j] = 2 * (c + (c >> 31 & none)) + positive[j];
    }
  } else {
    for (let j = 0; j < out.length; j++) {
      const c = codes[order[j]];
      out[j] = 2 * (c + (c >> 31 & none)) + positive[j];
    }
  }
  return out;
}
function segmentPlacements(slot, ties, labels, out, total3 = slotTotals(slot, labels)) {
  const p = segmentPlacementValues(slot, ties, total3, labels, out);
  const ss = new Float64Array(2 * (labels + 1));
  const { auc, v } = p;
  for (let j = 0; j < slot.length; j++) {
    const s = slot[j];
    const d = v[j] - auc[s >> 1];
    ss[s] += d * d;
  }
  return withSpread(p, ss);
}
function withSpread(p, ss) {
  const labels = p.m.length;
  const s10 = new Float64Array(labels);
  const s01 = new Float64Array(labels);
  for (let l = 0; l < labels; l++) {
    s10[l] = ss[2 * l + 1] / (p.m[l] - 1);
    s01[l] = ss[2 * l] / (p.n[l] - 1);
  }
  return { auc: p.auc.subarray(0, labels), m: p.m, n: p.n, s10, s01, v: p.v };
}
function slotTotals(slot, labels) {
  const total3 = new Int32Array(2 * (labels + 1));
  for (let j = 0; j < slot.length; j++) total3[slot[j]]++;
  return total3;
}
function tieGroups(runs) {
  let n2 = 0;
  let n32 = 0;
  let nl = 0;
  for (let k = 0; k < runs.length; k += 3) {
    if (!(runs[k + 2] & RUN_TIES)) continue;
    const len = runs[k + 1] - runs[k];
    if (len === 2) n2++;
    else if (len === 3) n32++;
    else if (len > 3) nl++;
  }
  const pairs = new Int32Array(n2);
  const triples = new Int32Array(n32);
  const larger = new Int32Array(2 * nl);
  n2 = n32 = nl = 0;
  for (let k = 0; k < runs.length; k += 3) {
    if (!(runs[k + 2] & RUN_TIES)) continue;
    const start = runs[k];
    const len = runs[k + 1] - start;
    if (len === 2) pairs[n2++] = start;
    else if (len === 3) triples[n32++] = start;
    else if (len > 3) {
      larger[nl++] = start;
      larger[nl++] = start + len;
    }
  }
  return { pairs, triples, larger };
}
function segmentPlacementValues(slot, ties, total3, labels, out) {
  const slots = 2 * (labels + 1);
  const num3 = new Float64Array(slots);
  const before = new Int32Array(slots);
  const inGroup = new Int32Array(slots);
  const { larger } = ties;
  let from = 0;
  for (let k = 0; k < larger.length; k += 2) {
    const start = larger[k];
    const end = larger[k + 1];
    tiedAsDistinct(slot, total3, out, num3, before, from, start);
    largeTieGroup(slot, total3, out, num3, before, inGroup, start, end);
    from = end;
  }
  tiedAsDistinct(slot, total3, out, num3, before, from, slot.length);
  correctSmallTies(slot, ties, total3, out, num3);
  const m = new Int32Array(labels);
  const n = new Int32Array(labels);
  const auc = new Float64Array(labels + 1);
  for (let l = 0; l < labels; l++) {
    n[l] = total3[2 * l];
    m[l] = total3[2 * l + 1];
    auc[l] = m[l] >= 2 && n[l] >= 2 ? num3[2 * l + 1] / (m[l] * n[l]) : NaN;
  }
  return { auc, m, n, v: out };
}
function tiedAsDistinct(slot, total3, out, num3, before, from, to) {
  for (let j = from; j < to; j++) {
    const s = slot[j];
    const o = s ^ 1;
    const b = before[o];
    const t = total3[o];
    const x = s & 1 ? t - b : b;
    out[j] = x / t;
    num3[s] += x;
    before[s]++;
  }
}
function largeTieGroup(slot, total3, out, num3, before, inGroup, start, end) {
  countSlots(slot, inGroup, start, end);
  groupPlacements(slot, total3, out, num3, before, inGroup, start, end);
  closeGroup(slot, before, inGroup, start, end);
}
function countSlots(slot, inGroup, start, end) {
  for (let j = start; j < end; j++) inGroup[slot[j]]++;
}
function groupPlacements(slot, total3, out, num3, before, inGroup, start, end) {
  for (let j = start; j < end; j++) {
    const s = slot[j];
    const o = s ^ 1;
    const b = before[o];
    const t = total3[o];
    const a = t - b - inGroup[o];
    const x = b + (s & 1) * (a - b) + 0.5 * (t - a - b);
    out[j] = x / t;
    num3[s] += x;
  }
}
function closeGroup(slot, before, inGroup, start, end) {
  for (let j = start; j < end; j++) {
    const s = slot[j];
    before[s]++;
    inGroup[s] = 0;
  }
}
function correctSmallTies(slot, ties, total3, out, num3) {
  const { pairs, triples } = ties;
  for (let k = 0; k < pairs.length; k++) {
    const start = pairs[k];
    tiedPair(slot, total3, out, num3, start, start + 1);
  }
  for (let k = 0; k < triples.length; k++) {
    const start = triples[k];
    tiedPair(slot, total3, out, num3, start, start + 1);
    tiedPair(slot, total3, out, num3, start, start + 2);
    tiedPair(slot, total3, out, num3, start + 1, start + 2);
  }
}
function tiedPair(slot, total3, out, num3, i, k) {
  const si = slot[i];
  if ((si ^ slot[k]) !== 1) return;
  const d = si & 1 ? -0.5 : 0.5;
  moveNumerator(slot, total3, out, num3, i, d);
  moveNumerator(slot, total3, out, num3, k, d);
}
function moveNumerator(slot, total3, out, num3, j, d) {
  const s = slot[j];
  const t = total3[s ^ 1];
  out[j] = (Math.round(2 * out[j] * t) / 2 + d) / t;
  num3[s] += d;
}
function segmentEntry(p, l) {
  if (p.m[l] < 2 || p.n[l] < 2) return null;
  return { auc: p.auc[l], m: p.m[l], n: p.n[l], s10: p.s10[l], s01: p.s01[l] };
}
function pairedAucCov(b, c10, c01) {
  return c10 / (b.m - 1) / b.m + c01 / (b.n - 1) / b.n;
}
function aucTest(b, c, pairedCov, level) {
  const varB = b.s10 / b.m + b.s01 / b.n;
  const varC = c.s10 / c.m + c.s01 / c.n;
  const cov = pairedCov ?? 0;
  const paired = pairedCov !== null;
  const delta = c.auc - b.auc;
  const sd = Math.sqrt(Math.max(0, varB + varC - 2 * cov));
  const p = sd > 0 ? normalTwoSidedP(delta / sd) : delta === 0 ? 1 : 0;
  const z = normalQuantile(1 - (1 - level) / 2);
  return { base: b.auc, cur: c.auc, delta, p, ci: [delta - z * sd, delta + z * sd], paired };
}

// src/analysis/performance/segment-confusion.ts
function labelCells(run, codes, labels) {
  const kk = run.k * run.k;
  const cells = new Float64Array(labels * kk);
  const weightSquares2 = new Float64Array(labels);
  const { cell: cell2, w } = run;
  if (!run.weighted) {
    const counts3 = new Int32Array(labels * kk);
    for (let i = 0; i < run.n; i++) {
      const l = codes[i];
      if (l < 0) continue;
      counts3[l * kk + cell2[i]]++;
    }
    for (let j = 0; j < counts3.length; j++) cells[j] = counts3[j];
    for (let l = 0; l < labels; l++) {
      let rows = 0;
      for (let j = l * kk; j < l * kk + kk; j++) rows += counts3[j];
      weightSquares2[l] = rows;
    }
    return { cells, weightSquares: weightSquares2 };
  }
  for (let i = 0; i < run.n; i++) {
    const l = codes[i];
    if (l < 0) continue;
    const wi = w[i];
    cells[l * kk + cell2[i]] += wi;
    weightSquares2[l] += wi * wi;
  }
  return { cells, weightSquares: weightSquares2 };
}
function jointCells(joint) {
  const labels = joint.length >> 6;
  const b = { cells: new Float64Array(labels * 4), weightSquares: new Float64Array(labels) };
  const c = { cells: new Float64Array(labels * 4), weightSquares: new Float64Array(labels) };
  for (let l = 0; l < labels; l++) {
    let rows = 0;
    for (let byte = 0; byte < 64; byte++) {
      const n = joint[l << 6 | byte];
      b.cells[l * 4 + (byte >> 2 & 3)] += n;
      c.cells[l * 4 + (byte & 3)] += n;
      rows += n;
    }
    b.weightSquares[l] = rows;
    c.weightSquares[l] = rows;
  }
  return { b, c };
}
function cellsOf(k, b, c, l) {
  const kk = k * k;
  return {
    k,
    base: Array.from(b.cells.subarray(l * kk, l * kk + kk)),
    current: Array.from(c.cells.subarray(l * kk, l * kk + kk)),
    baseWeightSquares: b.weightSquares[l],
    currentWeightSquares: c.weightSquares[l]
  };
}
function runCells(c, codesBase, codesCur, labels) {
  if (c.base.kind !== "class" || c.cur.kind !== "class" || c.base.k !== c.cur.k) return null;
  const base = c.paired ? codesCur : codesBase;
  if (!base) return null;
  return { b: labelCells(c.base, base, labels), c: labelCells(c.cur, codesCur, labels) };
}
function sliceCodes(conditions, segs, run, n) {
  const parts = [];
  for (const cond of conditions) {
    const seg2 = segs.find((s) => s.column === cond.column);
    const label = seg2 ? seg2.labels.indexOf(cond.value) : -1;
    const codes = seg2 ? run === "cur" ? seg2.cur : seg2.base : null;
    if (!codes || label < 0) return null;
    parts.push({ codes, label });
  }
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    let inside = 0;
    for (const p of parts) {
      if (p.codes[i] !== p.label) {
        inside = -1;
        break;
      }
    }
    out[i] = inside;
  }
  return out;
}
function wanted(r) {
  return r.significant && r.worse;
}
function withConfusion(c, segs, results, slices, counted2 = /* @__PURE__ */ new Map()) {
  if (c.cur.kind !== "class") return { results: [...results], slices };
  const k = c.cur.k;
  const byKey = /* @__PURE__ */ new Map();
  const columns = new Set(results.filter(wanted).map((r) => r.column));
  for (const seg2 of segs) {
    if (!columns.has(seg2.column)) continue;
    const both = counted2.get(seg2) ?? runCells(c, seg2.base, seg2.cur, seg2.labels.length);
    if (!both) continue;
    seg2.labels.forEach((value, l) => byKey.set(`${seg2.column}\0${value}`, cellsOf(k, both.b, both.c, l)));
  }
  const out = results.map((r) => {
    const cells = wanted(r) ? byKey.get(`${r.column}\0${r.value}`) : void 0;
    return cells ? { ...r, confusion: cells } : r;
  });
  if (!slices) return { results: out, slices };
  const withCells = slices.slices.map((s) => {
    const one = s.conditions.length === 1 ? byKey.get(`${s.conditions[0].column}\0${s.conditions[0].value}`) : void 0;
    if (one) return { ...s, confusion: one };
    const codesCur = sliceCodes(s.conditions, segs, "cur", c.cur.n);
    const codesBase = c.paired ? codesCur : sliceCodes(s.conditions, segs, "base", c.base.n);
    if (!codesCur) return s;
    const both = runCells(c, codesBase, codesCur, 1);
    return both ? { ...s, confusion: cellsOf(k, both.b, both.c, 0) } : s;
  });
  return { results: out, slices: { ...slices, slices: withCells } };
}
function weightSquares(run) {
  if (!run.weighted) return run.n;
  let s = 0;
  for (let i = 0; i < run.n; i++) s += run.w[i] * run.w[i];
  return s;
}
function tableConfusion(errors, base, cur) {
  if (!errors.baseConfusion || base.k !== cur.k) return null;
  return {
    k: cur.k,
    base: errors.baseConfusion.flat(),
    current: errors.currentConfusion.flat(),
    baseWeightSquares: weightSquares(base),
    currentWeightSquares: weightSquares(cur)
  };
}

// src/analysis/stats/rank-tests.ts
function twoSided(z) {
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}
var WILCOXON_EXACT_MAX = 50;
function signedRankCounts(n) {
  const max = n * (n + 1) / 2;
  const c = new Float64Array(max + 1);
  c[0] = 1;
  for (let k = 1; k <= n; k++) for (let s = k * (k + 1) / 2; s >= k; s--) c[s] += c[s - k];
  return c;
}
function wilcoxonFromSums(s) {
  if (s.n === 0) return null;
  const n = s.n;
  const mean = n * (n + 1) / 4;
  const statistic = Math.min(s.rPlus, s.rMinus);
  if (s.zeros === 0 && n <= WILCOXON_EXACT_MAX) {
    const counts3 = signedRankCounts(n);
    const total3 = 2 ** n;
    const r = Math.trunc(s.rPlus);
    let p;
    if (r === (counts3.length - 1) / 2) p = 1;
    else {
      let less = 0;
      let greater = 0;
      for (let k = 0; k <= r; k++) less += counts3[k];
      for (let k = r; k < counts3.length; k++) greater += counts3[k];
      p = Math.min(1, 2 * Math.min(less, greater) / total3);
    }
    return { statistic, pValue: p, direction: Math.sign(s.rPlus - mean), method: "exact" };
  }
  const variance = (n * (n + 1) * (2 * n + 1) - 0.5 * s.tieTerm) / 24;
  const se = Math.sqrt(variance);
  if (!(se > 0)) return { statistic, pValue: 1, direction: 0, method: "approx" };
  return { statistic, pValue: twoSided((statistic - mean) / se), direction: Math.sign(s.rPlus - mean), method: "approx" };
}
function mannWhitneyFromSums(n1, n2, rankSum1, tieTerm) {
  if (n1 === 0 || n2 === 0) return null;
  const n = n1 + n2;
  const u1 = rankSum1 - n1 * (n1 + 1) / 2;
  const u2 = n1 * n2 - u1;
  const mu = n1 * n2 / 2;
  const sd = Math.sqrt(n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1))));
  if (!(sd > 0)) return { statistic: u1, pValue: 1, direction: 0, method: "approx" };
  const z = (Math.max(u1, u2) - mu - 0.5) / sd;
  return { statistic: u1, pValue: z > 0 ? twoSided(z) : 1, direction: Math.sign(u2 - u1), method: "approx" };
}
function stoufferWeighted(parts) {
  let num3 = 0;
  let den = 0;
  for (const p of parts) {
    if (!(p.n > 0) || !Number.isFinite(p.z)) continue;
    num3 += Math.sqrt(p.n) * p.z;
    den += p.n;
  }
  if (!(den > 0)) return { z: 0, pValue: 1 };
  const z = num3 / Math.sqrt(den);
  return { z, pValue: twoSided(z) };
}

// src/analysis/performance/rank-segments.ts
function absErrors(se) {
  return Float64Array.from(se, Math.sqrt);
}
function ascendingAbs(values, rows) {
  const neg = Float64Array.from(values, (v) => -Math.abs(v));
  return argsortDescending(neg, rows);
}
function rankRows2(c, pairs, lone) {
  if (c.base.kind !== "reg" || c.cur.kind !== "reg" || c.setup.weighted) return null;
  const absBase = absErrors(c.base.se);
  const absCur = absErrors(c.cur.se);
  let d = null;
  let dOrder = null;
  if (pairs) {
    d = new Float64Array(pairs.base.length);
    const nonzero = [];
    for (let k = 0; k < d.length; k++) {
      d[k] = absCur[pairs.cur[k]] - absBase[pairs.base[k]];
      if (d[k] !== 0) nonzero.push(k);
    }
    dOrder = ascendingAbs(d, Int32Array.from(nonzero));
  }
  let pooled = null;
  let pooledOrder = null;
  if (lone) {
    pooled = new Float64Array(lone.base.length + lone.cur.length);
    lone.base.forEach((r, k) => pooled[k] = absBase[r]);
    lone.cur.forEach((r, k) => pooled[lone.base.length + k] = absCur[r]);
    pooledOrder = ascendingAbs(pooled);
  }
  return { pairs, d, dOrder, loneBase: lone?.base ?? null, loneCur: lone?.cur ?? null, pooled, pooledOrder, absBase, absCur };
}
function signedRankByLabel(rr, codes, labels) {
  const d = rr.d;
  const order = rr.dOrder;
  const pairsCur = rr.pairs.cur;
  const n = new Float64Array(labels);
  const zeros = new Float64Array(labels);
  const rPlus = new Float64Array(labels);
  const rMinus = new Float64Array(labels);
  const tie = new Float64Array(labels);
  const inBlock = new Float64Array(labels);
  const posInBlock = new Float64Array(labels);
  const touched = [];
  for (let k = 0; k < d.length; k++) {
    const l = codes[pairsCur[k]];
    if (l >= 0 && d[k] === 0) zeros[l]++;
  }
  for (let i = 0; i < order.length; ) {
    const v = Math.abs(d[order[i]]);
    let j = i;
    for (; j < order.length && Math.abs(d[order[j]]) === v; j++) {
      const k = order[j];
      const l = codes[pairsCur[k]];
      if (l < 0) continue;
      if (inBlock[l] === 0) touched.push(l);
      inBlock[l]++;
      if (d[k] > 0) posInBlock[l]++;
    }
    for (const l of touched) {
      const t = inBlock[l];
      const mid = n[l] + (t + 1) / 2;
      rPlus[l] += mid * posInBlock[l];
      rMinus[l] += mid * (t - posInBlock[l]);
      tie[l] += t * (t * t - 1);
      n[l] += t;
      inBlock[l] = 0;
      posInBlock[l] = 0;
    }
    touched.length = 0;
    i = j;
  }
  const out = [];
  for (let l = 0; l < labels; l++) {
    const r = wilcoxonFromSums({ n: n[l], zeros: zeros[l], rPlus: rPlus[l], rMinus: rMinus[l], tieTerm: tie[l] });
    out.push(r ?? { statistic: 0, pValue: 1, direction: 0, method: "approx" });
  }
  return out;
}
function rankSumByLabel(rr, codesBase, codesCur, labels) {
  const pooled = rr.pooled;
  const order = rr.pooledOrder;
  const nb = rr.loneBase.length;
  const code2 = (k) => k < nb ? codesBase[rr.loneBase[k]] : codesCur[rr.loneCur[k - nb]];
  const n1 = new Float64Array(labels);
  const n2 = new Float64Array(labels);
  const r1 = new Float64Array(labels);
  const tie = new Float64Array(labels);
  const inBlock = new Float64Array(labels);
  const baseInBlock = new Float64Array(labels);
  const touched = [];
  for (let i = 0; i < order.length; ) {
    const v = pooled[order[i]];
    let j = i;
    for (; j < order.length && pooled[order[j]] === v; j++) {
      const k = order[j];
      const l = code2(k);
      if (l < 0) continue;
      if (inBlock[l] === 0) touched.push(l);
      inBlock[l]++;
      if (k < nb) baseInBlock[l]++;
    }
    for (const l of touched) {
      const t = inBlock[l];
      const mid = n1[l] + n2[l] + (t + 1) / 2;
      r1[l] += mid * baseInBlock[l];
      tie[l] += t * (t * t - 1);
      n1[l] += baseInBlock[l];
      n2[l] += t - baseInBlock[l];
      inBlock[l] = 0;
      baseInBlock[l] = 0;
    }
    touched.length = 0;
    i = j;
  }
  const out = [];
  for (let l = 0; l < labels; l++) out.push(mannWhitneyFromSums(n1[l], n2[l], r1[l], tie[l]));
  return out;
}
function signedZ(p, direction) {
  if (!(p < 1) || direction === 0) return 0;
  return Math.sign(direction) * -normalQuantile(Math.max(p, Number.MIN_VALUE) / 2);
}
function maeSums(rr, seg2, labels) {
  const z = () => new Float64Array(labels);
  const s = { nb: z(), sb: z(), qb: z(), nc: z(), sc: z(), qc: z(), np: z(), sd: z(), qd: z() };
  const addB = (l, x) => {
    s.nb[l]++;
    s.sb[l] += x;
    s.qb[l] += x * x;
  };
  const addC = (l, x) => {
    s.nc[l]++;
    s.sc[l] += x;
    s.qc[l] += x * x;
  };
  if (rr.pairs) {
    const { base, cur } = rr.pairs;
    for (let k = 0; k < base.length; k++) {
      const l = seg2.cur[cur[k]];
      if (l < 0) continue;
      addB(l, rr.absBase[base[k]]);
      addC(l, rr.absCur[cur[k]]);
      const d = rr.d[k];
      s.np[l]++;
      s.sd[l] += d;
      s.qd[l] += d * d;
    }
  }
  if (rr.loneBase) {
    for (const r of rr.loneBase) if (seg2.base[r] >= 0) addB(seg2.base[r], rr.absBase[r]);
  }
  if (rr.loneCur) {
    for (const r of rr.loneCur) if (seg2.cur[r] >= 0) addC(seg2.cur[r], rr.absCur[r]);
  }
  return s;
}
function varianceOfMean(n, s, q) {
  return n > 1 ? Math.max(0, (q - s * s / n) / (n - 1)) / n : 0;
}
function maeChange(s, l, level) {
  const nb = s.nb[l];
  const nc = s.nc[l];
  if (nb === 0 || nc === 0) return null;
  const base = s.sb[l] / nb;
  const cur = s.sc[l] / nc;
  const np = s.np[l];
  const v = np === nb && np === nc ? varianceOfMean(np, s.sd[l], s.qd[l]) : varianceOfMean(nb, s.sb[l], s.qb[l]) + varianceOfMean(nc, s.sc[l], s.qc[l]);
  const half = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(v);
  const delta = cur - base;
  return { base, cur, delta, ci: Number.isFinite(half) && v > 0 ? [delta - half, delta + half] : null };
}
function effectiveSize(nb, nc) {
  return nb + nc > 0 ? nb * nc / (nb + nc) : 0;
}
function rankSegmentTests(rr, seg2, level) {
  const labels = seg2.labels.length;
  const paired = rr.pairs ? signedRankByLabel(rr, seg2.cur, labels) : null;
  const lone = rr.pooled ? rankSumByLabel(rr, seg2.base, seg2.cur, labels) : null;
  const sums2 = maeSums(rr, seg2, labels);
  const out = [];
  for (let l = 0; l < labels; l++) {
    const mae = maeChange(sums2, l, level);
    if (!mae) {
      out.push(null);
      continue;
    }
    const w = paired ? paired[l] : null;
    const u = lone ? lone[l] : null;
    const np = sums2.np[l];
    const loneB = sums2.nb[l] - np;
    const loneC = sums2.nc[l] - np;
    if (w && u && np > 0 && loneB > 0 && loneC > 0) {
      const s = stoufferWeighted([
        { z: signedZ(w.pValue, w.direction), n: effectiveSize(np, np) },
        { z: signedZ(u.pValue, u.direction), n: effectiveSize(loneB, loneC) }
      ]);
      out.push({ p: s.pValue, z: s.z, test: "partial_paired", mae });
    } else if (w && np > 0) out.push({ p: w.pValue, z: signedZ(w.pValue, w.direction), test: "wilcoxon_signed_rank", mae });
    else if (u) out.push({ p: u.pValue, z: signedZ(u.pValue, u.direction), test: "mann_whitney_u", mae });
    else out.push(null);
  }
  return out;
}

// src/analysis/performance/partial.ts
function gather(x, rows) {
  return Float64Array.from(rows, (r) => x[r]);
}
function loneCodes(codes, paired) {
  const out = Int16Array.from(codes);
  for (let i = 0; i < paired.length; i++) out[paired[i]] = -1;
  return out;
}
function partialMoments(c, p, seg2) {
  const labels = seg2.labels.length;
  const paired = new Float64Array(labels * M);
  const cell2 = Int16Array.from(p.cur, (r) => seg2.cur[r]);
  const wb = c.momentWeightsBase ? gather(c.momentWeightsBase, p.base) : null;
  const wc = c.momentWeightsCur ? gather(c.momentWeightsCur, p.cur) : null;
  accumulatePaired(paired, cell2, gather(c.xBase, p.base), wb, gather(c.xCur, p.cur), wc);
  const lone = new Float64Array(labels * M);
  accumulateRun(lone, 0, loneCodes(seg2.base, p.base), c.xBase, c.momentWeightsBase);
  accumulateRun(lone, CUR, loneCodes(seg2.cur, p.cur), c.xCur, c.momentWeightsCur);
  return { paired, lone };
}
function partialTest(c, m, o) {
  const parts = [];
  const tp = primaryTest(m.paired, o, { ...c.setup, paired: true }, null);
  if (tp) parts.push({ z: signedZ(tp.p, tp.meanCur - tp.meanBase), n: effectiveSize(m.paired[o + N_ROWS], m.paired[o + CUR + N_ROWS]) });
  const tl = primaryTest(m.lone, o, { ...c.setup, paired: false }, null);
  if (tl) parts.push({ z: signedZ(tl.p, tl.meanCur - tl.meanBase), n: effectiveSize(m.lone[o + N_ROWS], m.lone[o + CUR + N_ROWS]) });
  if (parts.length === 0) return null;
  const s = stoufferWeighted(parts);
  return { p: s.pValue, z: s.z };
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
function loneRows(n, paired) {
  const inPair = new Uint8Array(n);
  for (let i = 0; i < paired.length; i++) inPair[paired[i]] = 1;
  const out = [];
  for (let r = 0; r < n; r++) if (!inPair[r]) out.push(r);
  return Int32Array.from(out);
}
function rankInputs(c) {
  if (c.setup.kind !== "reg" || c.setup.weighted) return null;
  if (c.paired) {
    const rows = iota(c.base.n);
    return rankRows2(c, { base: rows, cur: rows }, null);
  }
  if (c.partial) return rankRows2(c, c.partial, { base: loneRows(c.base.n, c.partial.base), cur: loneRows(c.cur.n, c.partial.cur) });
  return rankRows2(c, null, { base: iota(c.base.n), cur: iota(c.cur.n) });
}
function primaryResults(c, seg2, acc, ranks) {
  const out = [];
  const rank = ranks ? rankSegmentTests(ranks, seg2, 1 - c.opts.alpha) : null;
  const parts = !rank && c.partial ? partialMoments(c, c.partial, seg2) : null;
  for (let l = 0; l < seg2.labels.length; l++) {
    if (!supported(acc, l, c.opts.minSupport)) continue;
    const value = seg2.labels[l];
    const t = primaryTest(acc, l * M, c.setup, intervalSetup(c, `segment:${seg2.column}=${value}:${c.primary}`));
    if (!t) continue;
    const mass = dropMass(c, acc[l * M + CUR + S0], t.meanBase, t.meanCur);
    const r = rank ? rank[l] : null;
    const combined = parts ? partialTest(c, parts, l * M) : null;
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
      // A rank-tested segment is worse when its absolute errors moved up and its MAE rose.
      pValue: r ? r.p : combined ? combined.p : t.p,
      worse: r ? r.z > 0 && r.mae.delta > 0 : c.setup.kind === "class" ? t.delta < 0 : t.delta > 0,
      test: r ? r.test : combined ? "partial_paired" : t.test,
      dropMass: mass,
      shareOfDrop: shareOf(c, mass),
      ...r ? { mae: r.mae } : {}
    });
  }
  return out;
}
function aucWork(c) {
  const { base, cur } = c;
  if (base.kind !== "class" || cur.kind !== "class" || !base.binary || !base.score || !cur.score || c.setup.weighted) return null;
  const rankedBase = base.ranked[0];
  const rankedCur = cur.ranked[0];
  let basePos = null;
  let labelDiffers = null;
  let differing = 0;
  if (c.paired) {
    const inv = new Int32Array(base.n);
    const ob = rankedBase.order;
    for (let j = 0; j < ob.length; j++) inv[ob[j]] = j;
    const oc = rankedCur.order;
    basePos = new Int32Array(oc.length);
    labelDiffers = new Uint8Array(ob.length);
    for (let q = 0; q < oc.length; q++) {
      const j = inv[oc[q]];
      basePos[q] = j;
      const d = +(rankedBase.positive[j] !== rankedCur.positive[q]);
      labelDiffers[j] = d;
      differing += d;
    }
  }
  return {
    rankedBase,
    rankedCur,
    tiesBase: tieGroups(rankedRuns(rankedBase)),
    tiesCur: tieGroups(rankedRuns(rankedCur)),
    positivesBase: countOnes(rankedBase.positive),
    positivesCur: countOnes(rankedCur.positive),
    bufBase: new Float64Array(base.n),
    bufCur: new Float64Array(cur.n),
    basePos,
    labelDiffers,
    anyLabelDiffers: differing > 0,
    curAtBase: c.paired ? new Float64Array(base.n) : null,
    slotsBase: new Int32Array(base.n),
    slotsCur: new Int32Array(cur.n)
  };
}
function releaseAucWork(work) {
  releaseRuns(work.rankedBase);
  releaseRuns(work.rankedCur);
  for (const a of [work.bufBase, work.bufCur, work.basePos, work.labelDiffers, work.curAtBase, work.slotsBase, work.slotsCur]) if (a) releaseNow(a);
}
function totalsFromCells(cells, labels, n, positives) {
  const total3 = new Int32Array(2 * (labels + 1));
  let pos = 0;
  let neg = 0;
  for (let l = 0; l < labels; l++) {
    total3[2 * l] = cells[4 * l] + cells[4 * l + 1];
    total3[2 * l + 1] = cells[4 * l + 2] + cells[4 * l + 3];
    neg += total3[2 * l];
    pos += total3[2 * l + 1];
  }
  total3[2 * labels] = n - positives - neg;
  total3[2 * labels + 1] = positives - pos;
  return total3;
}
function aucResults(c, seg2, acc, work, cells) {
  const out = [];
  const { base, cur } = c;
  if (base.kind !== "class" || cur.kind !== "class") return out;
  const level = 1 - c.opts.alpha;
  const labels = seg2.labels.length;
  const slotsB = placementSlots(seg2.base, work.rankedBase, labels, work.slotsBase);
  const slotsC = placementSlots(seg2.cur, work.rankedCur, labels, work.slotsCur);
  const joint = cells !== null && seg2.base === seg2.cur;
  const totalB = joint ? totalsFromCells(cells.b.cells, labels, base.n, work.positivesBase) : slotTotals(slotsB, labels);
  const totalC = joint ? totalsFromCells(cells.c.cells, labels, cur.n, work.positivesCur) : slotTotals(slotsC, labels);
  const pc = segmentPlacements(slotsC, work.tiesCur, labels, work.bufCur, totalC);
  let pb;
  let differs = null;
  let c10 = null;
  let c01 = null;
  if (c.paired) {
    differs = new Uint8Array(labels);
    c10 = new Float64Array(labels);
    c01 = new Float64Array(labels);
    const basePos = work.basePos;
    const labelDiffers = work.labelDiffers;
    const vals = segmentPlacementValues(slotsB, work.tiesBase, totalB, labels, work.bufBase);
    const vb = vals.v;
    const vc = pc.v;
    const vcAtBase = work.curAtBase;
    const len = slotsB.length;
    scatterF64(vcAtBase, vc, basePos);
    const aucB = vals.auc;
    const aucC = new Float64Array(labels + 1);
    aucC.set(pc.auc);
    const differsAll = new Uint8Array(labels + 1);
    const sums2 = new Float64Array(2 * (labels + 1));
    const ss = new Float64Array(2 * (labels + 1));
    if (work.anyLabelDiffers) for (let j = 0; j < len; j++) differsAll[slotsB[j] >> 1] |= labelDiffers[j];
    pairedPlacementSums(slotsB, vb, aucB, vcAtBase, aucC, sums2, ss);
    pb = withSpread(vals, ss);
    differs.set(differsAll.subarray(0, labels));
    for (let l = 0; l < labels; l++) {
      c01[l] = sums2[2 * l];
      c10[l] = sums2[2 * l + 1];
    }
  } else pb = segmentPlacements(slotsB, work.tiesBase, labels, work.bufBase, totalB);
  for (let l = 0; l < labels; l++) {
    if (!supported(acc, l, c.opts.minSupport)) continue;
    const eb = segmentEntry(pb, l);
    const ec = segmentEntry(pc, l);
    if (!eb || !ec) continue;
    const paired = c.paired && differs[l] === 0;
    const cmp = aucTest(eb, ec, paired ? pairedAucCov(eb, c10[l], c01[l]) : null, level);
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
function pairedPlacementSums(slots, vb, aucB, vc, aucC, sums2, ss) {
  for (let j = 0; j < slots.length; j++) {
    const s = slots[j];
    const l = s >> 1;
    const db = vb[j] - aucB[l];
    sums2[s] += db * (vc[j] - aucC[l]);
    ss[s] += db * db;
  }
}
function jointBytes(c) {
  const { base, cur } = c;
  if (!c.paired || base.kind !== "class" || cur.kind !== "class" || base.k !== 2 || cur.k !== 2) return null;
  if (c.momentWeightsBase !== null || c.momentWeightsCur !== null) return null;
  return pairedRowBytes(c.xBase, c.xCur, base.cell, cur.cell);
}
function scanInputs(c) {
  return { work: aucWork(c), ranks: rankInputs(c), bytes: jointBytes(c) };
}
function scanSegments(c, segmenters, inputs = scanInputs(c)) {
  const pending = [];
  const moments = [];
  const cells = /* @__PURE__ */ new Map();
  const { work, ranks, bytes } = inputs;
  for (const seg2 of segmenters) {
    let acc;
    let segCells = null;
    if (bytes) {
      const joint = jointCounts(seg2.cur, bytes, seg2.labels.length);
      acc = new Float64Array(seg2.labels.length * M);
      accumulateJoint(acc, joint);
      segCells = jointCells(joint);
      cells.set(seg2, segCells);
    } else acc = labelMoments(c, seg2);
    moments.push(acc);
    pending.push(...primaryResults(c, seg2, acc, ranks));
    if (work) pending.push(...aucResults(c, seg2, acc, work, segCells));
  }
  if (work) releaseAucWork(work);
  const q = benjaminiHochberg(pending.map((r) => r.pValue));
  const results = pending.map((r, i) => ({ ...r, qValue: q[i], significant: q[i] <= c.opts.alpha }));
  results.sort(segmentOrder);
  return { results, moments, cells };
}
function segmentOrder(a, b) {
  const ra = a.significant && a.worse ? 0 : 1;
  const rb = b.significant && b.worse ? 0 : 1;
  return ra - rb || b.dropMass - a.dropMass || a.pValue - b.pValue || compareText(a.column, b.column) || compareText(a.value, b.value) || compareText(a.metric, b.metric);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/analysis/performance/bias.ts
var PROTECTED_NAMES = ["sex", "gender", "race", "ethnicity", "age", "age_group", "religion", "nationality", "disability"];
function nameTokens(name2) {
  const words = name2.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  return [...words, words.join("_")];
}
function protectedColumnNames(cur) {
  if (cur.protectedColumns.length > 0) return [...cur.protectedColumns];
  const names = new Set(PROTECTED_NAMES);
  return cur.features.filter((c) => nameTokens(c.name).some((t) => names.has(t))).map((c) => c.name);
}
function groupSums(run, codes, groups, counts3) {
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
    const w = run.w[i] * (counts3 ? counts3[i] : 1);
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
  const probs = cells.map((cell2, k) => Array.from(cell2, (v) => v / nB[k]));
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
  for (const column2 of columns) {
    const seg2 = buildSegmenter(column2, src);
    if (!seg2) continue;
    const groups = eligibleGroups(seg2, [{ codes: seg2.cur }], opts.minSupport);
    if (groups.length < 2) continue;
    out.push({
      column: column2,
      baseline: null,
      current: snapshot(cur, groupSums(cur, seg2.cur, seg2.labels.length, null), groups, seg2.labels),
      gapDelta: null,
      gapCi: null,
      gapPValue: null,
      demographicParityDelta: null,
      equalizedOddsDelta: null,
      gapGrewSignificantly: false,
      groupTests: [],
      worstChange: null
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
  for (const column2 of columns) {
    const seg2 = buildSegmenter(column2, src);
    if (!seg2) continue;
    const groups = eligibleGroups(seg2, [{ codes: seg2.base }, { codes: seg2.cur }], c.opts.minSupport);
    if (groups.length < 2) continue;
    const sb = snapshot(base, groupSums(base, seg2.base, seg2.labels.length, null), groups, seg2.labels);
    const sc = snapshot(cur, groupSums(cur, seg2.cur, seg2.labels.length, null), groups, seg2.labels);
    const deltas = gapDeltas(c, base, cur, seg2, groups, createRng(deriveSeed(c.opts.seed, `bias:${column2}`)));
    const gapDelta = sc.maxAccuracyGap - sb.maxAccuracyGap;
    const gapCi = percentileInterval(deltas, 1 - c.opts.alpha);
    out.push({
      column: column2,
      baseline: sb,
      current: sc,
      gapDelta,
      gapCi,
      gapPValue: bootstrapPValue(deltas),
      demographicParityDelta: diffOrNull(sc.demographicParityDiff, sb.demographicParityDiff),
      equalizedOddsDelta: diffOrNull(sc.equalizedOddsDiff, sb.equalizedOddsDiff),
      gapGrewSignificantly: gapDelta > 0 && gapCi !== null && gapCi[0] > 0,
      ...groupChanges(c, seg2, groups)
    });
  }
  return out;
}
function groupChanges(c, seg2, groups) {
  const acc = labelMoments(c, seg2);
  const total3 = new Float64Array(M);
  for (let l = 0; l < seg2.labels.length; l++) for (let k = 0; k < M; k++) total3[k] += acc[l * M + k];
  const zCrit = normalQuantile(1 - c.opts.alpha / 2);
  const parts = c.partial ? partialMoments(c, c.partial, seg2) : null;
  const pending = [];
  for (const g of groups) {
    const label = seg2.labels[g];
    const t = primaryTest(acc, g * M, c.setup, intervalSetup(c, `bias:${seg2.column}=${label}`));
    const combined = parts ? partialTest(c, parts, g * M) : null;
    const rest = new Float64Array(M);
    for (let k = 0; k < M; k++) rest[k] = total3[k] - acc[g * M + k];
    const r = primaryTest(rest, 0, c.setup, null);
    if (!t || !r) continue;
    const gap = t.delta - r.delta;
    const se = Math.hypot(deltaStandardError(acc, g * M, c.paired), deltaStandardError(rest, 0, c.paired));
    const ci = se > 0 ? [gap - zCrit * se, gap + zCrit * se] : null;
    pending.push({
      group: label,
      nBase: acc[g * M + N_ROWS],
      nCurrent: acc[g * M + CUR + N_ROWS],
      baseline: t.base,
      current: t.cur,
      delta: t.delta,
      ci: t.ci,
      pValue: combined ? combined.p : t.p,
      test: combined ? "partial_paired" : t.test,
      restBaseline: r.base,
      restCurrent: r.cur,
      restDelta: r.delta,
      gapToRest: gap,
      gapCi: ci,
      gapPValue: se > 0 ? normalTwoSidedP(gap / se) : gap === 0 ? 1 : 0
    });
  }
  const q = benjaminiHochberg(pending.map((p) => p.pValue));
  const qGap = benjaminiHochberg(pending.map((p) => p.gapPValue));
  const alpha = c.opts.alpha;
  const groupTests = pending.map((p, i) => ({
    ...p,
    qValue: q[i],
    gapQValue: qGap[i],
    worsened: p.delta < 0 && p.gapToRest < 0 && q[i] <= alpha && qGap[i] <= alpha
  }));
  let worstChange = null;
  for (const t of groupTests) if (t.worsened && (!worstChange || t.gapToRest < worstChange.gapToRest)) worstChange = t;
  return { groupTests, worstChange };
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
  const ws = rows.weight ?? UNIT_WEIGHT;
  const step = rows.weight ? 1 : 0;
  for (let i = 0; i < rows.conf.length; i++) {
    const b = binOf2[i];
    const w = ws[i * step];
    weight[b] += w;
    conf[b] += w * rows.conf[i];
    hit[b] += w * rows.hit[i];
  }
  return { weight, conf, hit };
}
function expectedCalibrationError(rows) {
  const binOf2 = binsOf(rows.conf);
  return eceFromBins(sumsOverBins(rows, binOf2, ECE_BINS));
}
function equalMassBins(conf, bins) {
  const n = conf.length;
  const order = ascendingOrder(conf);
  const count4 = Math.min(bins, n);
  const binOf2 = new Int32Array(n);
  const base = Math.floor(n / count4);
  const extra = n % count4;
  let j = 0;
  for (let b = 0; b < count4; b++) {
    const size = base + (b < extra ? 1 : 0);
    for (let k = 0; k < size; k++) binOf2[order[j++]] = b;
  }
  return { binOf: binOf2, count: count4 };
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
function equalMassBinsFromGroups(desc, groupEnd, bins) {
  const n = desc.length;
  const count4 = Math.min(bins, n);
  const binOf2 = new Int32Array(n);
  const base = Math.floor(n / count4);
  const extra = n % count4;
  const big = extra * (base + 1);
  let start = 0;
  for (let j = 0; j < n; j++) {
    if (!groupEnd[j]) continue;
    let o = n - j - 1;
    for (let q = start; q <= j; q++, o++) binOf2[desc[q]] = o < big ? Math.floor(o / (base + 1)) : extra + Math.floor((o - big) / base);
    start = j + 1;
  }
  return { binOf: binOf2, count: count4 };
}
function eceFloor(rows, binOf2) {
  const varSum = new Float64Array(ECE_BINS);
  let total3 = 0;
  const ws = rows.weight ?? UNIT_WEIGHT;
  const step = rows.weight ? 1 : 0;
  for (let i = 0; i < rows.conf.length; i++) {
    const w = ws[i * step];
    const on = w > 0;
    const p = Math.min(1, Math.max(0, rows.conf[i]));
    varSum[binOf2[i]] += on ? w * w * p * (1 - p) : 0;
    total3 += on ? w : 0;
  }
  if (total3 === 0) return 0;
  let s = 0;
  for (let b = 0; b < ECE_BINS; b++) s += Math.sqrt(varSum[b]);
  return Math.sqrt(2 / Math.PI) * s / total3;
}
function summarizeCalibration(rows, brier, known = null) {
  const binOf2 = known ? known.bin : binsOf(rows.conf);
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
    const em = known ? equalMassBinsFromGroups(known.order, known.groupEnd, ECE_BINS) : equalMassBins(rows.conf, ECE_BINS);
    eceAdaptive = eceFromBins(sumsOverBins(rows, em.binOf, em.count), 0, em.count);
  }
  return { ece: eceFromBins(s), eceAdaptive, mce, brier, eceFloor: eceFloor(rows, binOf2), bins };
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
var ANALYTIC_MIN_ROWS = 5e4;
var ANALYTIC_MIN_CELL = 500;
function analyticDeltaSe(base, cur, nBase, nCur, paired) {
  const m = base.metrics.length;
  const se = new Float64Array(m);
  const lb = new Float64Array(nBase);
  const lc = new Float64Array(nCur);
  const variance = (l) => {
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < l.length; i++) {
      s += l[i];
      s2 += l[i] * l[i];
    }
    return Math.max(0, s2 - s * s / l.length);
  };
  for (let j = 0; j < m; j++) {
    const tb = paired ? base.rowTerm?.(j) ?? null : null;
    const tc = tb ? cur.rowTerm?.(j) ?? null : null;
    if (tb && tc && tb.kind === tc.kind && nBase === nCur && rowsOf(tb) === nBase && rowsOf(tc) === nCur) {
      se[j] = Math.sqrt(pairedTermVariance(tb, tc));
      continue;
    }
    if (!base.linearize(j, lb) || !cur.linearize(j, lc)) {
      se[j] = NaN;
      continue;
    }
    if (paired) {
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < nCur; i++) {
        const d = lc[i] - lb[i];
        s += d;
        s2 += d * d;
      }
      se[j] = Math.sqrt(Math.max(0, s2 - s * s / nCur));
    } else se[j] = Math.sqrt(variance(lb) + variance(lc));
  }
  releaseNow(lb);
  releaseNow(lc);
  return se;
}
function pairedTermVariance(tb, tc) {
  const n = rowsOf(tb);
  let s = 0;
  let s2 = 0;
  if (tb.kind === "counts" && tc.kind === "counts") {
    const { byCell: lb, y: yb, pred: pb } = tb;
    const { byCell: lc, y: yc, pred: pc } = tc;
    for (let r = 0; r < n; r++) {
      const d = lc[+(yc[r] === 1) << 1 | +(pc[r] === 1)] - lb[+(yb[r] === 1) << 1 | +(pb[r] === 1)];
      s += d;
      s2 += d * d;
    }
  } else if (tb.kind === "loss" && tc.kind === "loss") {
    const { t: xb, value: vb, W: wb } = tb;
    const { t: xc, value: vc, W: wc } = tc;
    for (let r = 0; r < n; r++) {
      const d = (xc[r] - vc) / wc - (xb[r] - vb) / wb;
      s += d;
      s2 += d * d;
    }
  }
  return Math.max(0, s2 - s * s / n);
}
function rowsOf(t) {
  return t.kind === "counts" ? t.y.length : t.t.length;
}
function analyticApplies(base, cur) {
  if (base.n < ANALYTIC_MIN_ROWS || cur.n < ANALYTIC_MIN_ROWS) return false;
  if (base.kind === "reg" && cur.kind === "reg") return true;
  if (base.kind !== "class" || cur.kind !== "class" || !base.binary || !cur.binary) return false;
  for (const r of [base, cur]) {
    let pos = 0;
    let predPos = 0;
    for (let i = 0; i < r.n; i++) {
      pos += +(r.y[i] === 1);
      predPos += +(r.pred[i] === 1);
    }
    if (Math.min(pos, r.n - pos, predPos) < ANALYTIC_MIN_CELL) return false;
  }
  return true;
}
function normalTest(delta, se, level) {
  const z = normalQuantile(1 - (1 - level) / 2);
  if (!(se > 0)) return { ci: [delta, delta], p: delta === 0 ? 1 : 0 };
  return { ci: [delta - z * se, delta + z * se], p: normalTwoSidedP(delta / se) };
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
function statusOf(name2, base, cur, significant) {
  if (!significant) return "unchanged";
  if (isWorse(name2, base, cur)) return "regressed";
  if (isBetter(name2, base, cur)) return "improved";
  return "unchanged";
}
function currentOnly(cur) {
  const v = pointValues(cur);
  return cur.metrics.map((name2, j) => ({
    name: name2,
    direction: METRIC_INFO[name2].direction,
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
  const level = 1 - opts.alpha;
  const se = analyticApplies(base, cur) ? analyticDeltaSe(baseKernel, curKernel, base.n, cur.n, paired) : null;
  const deltas = se && se.every(Number.isFinite) ? null : bootstrapDeltas(baseKernel, curKernel, base.n, cur.n, paired, opts.resamples, deriveSeed(opts.seed, "headline"));
  const mcnemarP = paired && base.kind === "class" && cur.kind === "class" && !base.weighted && !cur.weighted ? mcnemarForRuns(base, cur) : null;
  const rows = baseKernel.metrics.map((name2, j) => {
    const b = vb[j];
    const c = vc[j];
    const defined = Number.isFinite(b) && Number.isFinite(c);
    const analytic = se !== null && Number.isFinite(se[j]) ? normalTest(c - b, se[j], level) : null;
    const ci = !defined ? null : analytic ? analytic.ci : percentileInterval(deltas[j], level);
    const pValue = !defined ? null : analytic ? analytic.p : finiteOrNull(bootstrapPValue(deltas[j]));
    const mc = name2 === "accuracy" ? mcnemarP : null;
    const significant = defined && excludesZero(ci) && (mc === null || mc < opts.alpha);
    return {
      name: name2,
      direction: METRIC_INFO[name2].direction,
      baseline: finiteOrNull(b),
      current: finiteOrNull(c),
      delta: defined ? c - b : null,
      ci,
      pValue,
      mcnemarP: mc,
      qValue: null,
      test: analytic ? paired ? "paired_delta_method" : "unpaired_delta_method" : paired ? "paired_bootstrap" : "unpaired_bootstrap",
      significant,
      status: defined ? statusOf(name2, b, c, significant) : "unchanged"
    };
  });
  const family = rows.map((m) => m.pValue === null ? NaN : Math.max(m.pValue, m.mcnemarP ?? 0));
  const q = benjaminiHochberg(family);
  return rows.map((m, j) => ({ ...m, qValue: finiteOrNull(q[j]) }));
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
  let sum2 = 0;
  let own = 0;
  for (let c = 0; c < probs.length; c++) {
    const p = Math.min(Math.max(probs[c][i], FLOAT_EPS), 1 - FLOAT_EPS);
    sum2 += p;
    if (c === y) own = p;
  }
  return -Math.log(own / sum2);
}
function multiclassBrierRow(y, probs, i) {
  let s = 0;
  for (let c = 0; c < probs.length; c++) {
    const d = probs[c][i] - (c === y ? 1 : 0);
    s += d * d;
  }
  return s;
}
function r2FromSums(ssRes, ssTot) {
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

// src/analysis/performance/run-loops.ts
var AREA = 0;
var TP = 1;
var CUM = 2;
var AP = 3;
var SC = 4;
var RANK_SUMS = 5;
function tieGroupSums(c, y, conf, start, end, g) {
  let gAll = 0;
  let gPos = 0;
  let sc = g[2];
  for (let j = start; j < end; j++) {
    const cj = c[j];
    gAll += cj;
    gPos += cj * y[j];
    sc += cj * conf[j];
  }
  g[0] = gAll;
  g[1] = gPos;
  g[2] = sc;
}
function distinctStretch(c, y, conf, start, end, s) {
  let area = s[AREA];
  let tp = s[TP];
  let cum = s[CUM];
  let ap = s[AP];
  let sc = s[SC];
  for (let j = start; j < end; j++) {
    const cj = c[j];
    const cy = cj * y[j];
    area += (cj - cy) * (tp + 0.5 * cy);
    tp += cy;
    cum += cj;
    ap += cy * tp / (cum + 1e-300);
    sc += cj * conf[j];
  }
  s[AREA] = area;
  s[TP] = tp;
  s[CUM] = cum;
  s[AP] = ap;
  s[SC] = sc;
}
function groupWeights(w, y, start, end, g) {
  let gAll = 0;
  let gPos = 0;
  for (let q = start; q < end; q++) {
    gAll += w[q];
    gPos += w[q] * y[q];
  }
  g[0] = gAll;
  g[1] = gPos;
}
function aucGroupValues(w, y, order, out, start, end, v, u, auc, P, N) {
  for (let q = start; q < end; q++) {
    const l = y[q] === 1 ? w[q] * (v - auc) / P : w[q] * (u - auc) / N;
    out[order === null ? q : order[q]] = l;
  }
}
function aucStretch(w, y, order, out, start, end, auc, N, P, above) {
  let posAbove = above[0];
  let negAbove = above[1];
  for (let q = start; q < end; q++) {
    const gAll = 0 + w[q];
    const gPos = 0 + w[q] * y[q];
    const gNeg = gAll - gPos;
    const v = (N - negAbove - gNeg + 0.5 * gNeg) / N;
    const u = (posAbove + 0.5 * gPos) / P;
    out[order === null ? q : order[q]] = y[q] === 1 ? w[q] * (v - auc) / P : w[q] * (u - auc) / N;
    posAbove += gPos;
    negAbove += gNeg;
  }
  above[0] = posAbove;
  above[1] = negAbove;
}
var AP_CUM = 0;
var AP_TP = 1;
var AP_S1 = 2;
var AP_S2 = 3;
function apGroupValues(w, y, order, out, start, end, a, s1, s2, ap, P) {
  for (let q = start; q < end; q++) {
    const yq = y[q];
    out[order === null ? q : order[q]] = w[q] * (yq * a + yq * s1 - s2 - ap * yq) / P;
  }
}
function apStretch(w, y, order, out, start, end, ap, P, s) {
  let cum = s[AP_CUM];
  let tp = s[AP_TP];
  let s1 = s[AP_S1];
  let s2 = s[AP_S2];
  for (let q = end - 1; q >= start; q--) {
    const gAll = 0 + w[q];
    const gPos = 0 + w[q] * y[q];
    const a = cum > 0 ? tp / cum : 0;
    if (cum > 0) {
      s1 += gPos / cum;
      s2 += gPos * a / cum;
    }
    const yq = y[q];
    out[order === null ? q : order[q]] = w[q] * (yq * a + yq * s1 - s2 - ap * yq) / P;
    cum -= gAll;
    tp -= gPos;
  }
  s[AP_CUM] = cum;
  s[AP_TP] = tp;
  s[AP_S1] = s1;
  s[AP_S2] = s2;
}
function binGap(w, y, conf, start, end) {
  let d = 0;
  for (let q = start; q < end; q++) d += w[q] * (y[q] - conf[q]);
  return d;
}
function eceBinValues(w, y, conf, order, out, start, end, sign, ece, W) {
  for (let q = start; q < end; q++) out[order === null ? q : order[q]] = w[q] * (sign * (y[q] - conf[q]) - ece) / W;
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
  const median2 = abs[abs.length >> 1];
  return abs[0] > 0 && abs[0] >= 0.01 * median2;
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
    this.wRank = ranked.weight;
    this.yRank = ranked.positive;
    this.weighted = run.weighted;
    this.rowY = run.y;
    this.rowPred = run.pred;
    this.rowLl = run.ll;
    this.rowBr = run.br;
    this.pred = new Uint8Array(n);
    this.yp = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
      const r = order[j];
      const p = +(run.pred[r] === 1);
      this.pred[j] = p;
      this.yp[j] = p & +(run.y[r] === 1);
    }
    const inOrder = (a) => a === null ? null : ranked.identity ? a : gatherF64(a, order);
    this.ll = inOrder(run.ll);
    this.br = inOrder(run.br);
    this.conf = inOrder(run.conf);
    this.gathered = ranked.identity ? [] : [this.ll, this.br, this.conf];
    this.runs = scoreRuns(ranked.groupEnd, run.bin ? binEnds(run.bin, order) : null);
    keepRuns(ranked, this.runs);
  }
  metrics;
  slots;
  /** Score order (null when it is the identity). */
  order;
  /** Weights in score order (all 1 when unweighted). */
  wRank;
  /**
   * Score order: positive flag (the ranking's own bytes, read as 0/1: a Float64Array copy was 8 MB
   * a run at 10^6 rows, at the review's peak), confidence (= score), end of a tie group /
   * calibration bin.
   */
  yRank;
  conf;
  /** Score order cut into runs: [start, end, flags] triples (RUN_TIES, RUN_BIN_END). */
  runs;
  /** Score order too: predicted positive, true positive (bytes: less memory traffic), log loss and Brier terms. */
  pred;
  yp;
  ll;
  br;
  /** The score-order copies made here (none when the run's arrays are in score order already). */
  gathered;
  /** Multiplicity × weight per position, rebuilt for each resample (allocated on first use: large runs never resample). */
  scratchBuf = null;
  weighted;
  /** Point values, computed on the first linearize call. */
  point = null;
  /** Σw, Σw·y and Σw·pred over the positions, computed on the first linearize call. */
  totals = null;
  /** The run's labels, predictions and loss terms in analysis-row order (its own arrays), for rowTerm. */
  rowY;
  rowPred;
  rowLl;
  rowBr;
  release() {
    for (const a of [this.pred, this.yp, ...this.gathered, this.scratchBuf]) if (a) releaseNow(a);
    this.scratchBuf = null;
  }
  evaluate(counts3, out) {
    const c = counts3 === null ? this.wRank : this.fill(counts3);
    const lin = this.linearSums(c);
    const r = this.rankPass(c);
    const { slots } = this;
    const positives = r.tp;
    const tot = r.cum;
    const fp = lin.predPos - lin.tpAll;
    const fn = positives - lin.tpAll;
    put(out, slots.accuracy, (tot - fp - fn) / tot);
    const prf = prfFromCounts(lin.tpAll, fp, fn);
    put(out, slots.precision, prf.precision);
    put(out, slots.recall, prf.recall);
    put(out, slots.f1, prf.f1);
    const negatives = r.cum - positives;
    put(out, slots.auc, positives > 0 && negatives > 0 ? r.area / (positives * negatives) : NaN);
    put(out, slots.average_precision, positives > 0 ? r.ap / positives : NaN);
    put(out, slots.log_loss, lin.ll / tot);
    put(out, slots.brier, lin.br / tot);
    put(out, slots.ece, r.ece / tot);
  }
  /**
   * Influence values of each metric, computed once on the full run in score order (O(n), no
   * resampling). Each is the derivative of the metric in one row's multiplicity, so Σ_i L_i = 0
   * for these ratio statistics. AUC's is the DeLong placement (the positive's share of negatives
   * below it, ties at half, minus the AUC, over the positives); AP's comes from the tie-group
   * form Σ_g gPos·TP_g/CUM_g / P, differentiated through every group at or below the row's; ECE's
   * treats each bin's sign of Σ(y - conf) as fixed (conservative for bins near 0).
   */
  /** Metric j's point value (all metrics evaluated on the first call). */
  pointValue(j) {
    const pt = this.point ??= (() => {
      const v = new Float64Array(this.metrics.length);
      this.evaluate(null, v);
      return v;
    })();
    return pt[j];
  }
  /** Σw, Σw·y and Σw·pred: the same three sums for every metric, once per kernel. */
  sums() {
    const { wRank: w, yRank: y, pred } = this;
    return this.totals ??= (() => {
      let W = 0;
      let P = 0;
      let PP = 0;
      for (let q = 0; q < w.length; q++) {
        W += w[q];
        P += w[q] * y[q];
        PP += w[q] * pred[q];
      }
      return { W, P, PP };
    })();
  }
  rowTerm(j) {
    const name2 = this.metrics[j];
    if (this.weighted || name2 === void 0) return null;
    const value = this.pointValue(j);
    const { W, P, PP } = this.sums();
    if (name2 === "log_loss" || name2 === "brier") {
      const t = name2 === "log_loss" ? this.rowLl : this.rowBr;
      return t ? { kind: "loss", value, W, t } : null;
    }
    if (name2 !== "accuracy" && name2 !== "precision" && name2 !== "recall" && name2 !== "f1") return null;
    const cell2 = (y, p) => name2 === "accuracy" ? (+(p === y) - value) / W : name2 === "precision" ? p * (y - value) / PP : name2 === "recall" ? y * (p - value) / P : (2 * (y & p) - value * (p + y)) / (PP + P);
    const byCell = Float64Array.of(cell2(0, 0), cell2(0, 1), cell2(1, 0), cell2(1, 1));
    return { kind: "counts", byCell, y: this.rowY, pred: this.rowPred };
  }
  linearize(j, out) {
    const name2 = this.metrics[j];
    if (name2 === void 0) return false;
    const value = this.pointValue(j);
    const { order, wRank: w, yRank: y, pred, yp } = this;
    const n = w.length;
    const at = (pos) => order === null ? pos : order[pos];
    const { W, P, PP } = this.sums();
    switch (name2) {
      case "accuracy":
        for (let q = 0; q < n; q++) out[at(q)] = w[q] * (+(pred[q] === y[q]) - value) / W;
        return true;
      case "precision":
        for (let q = 0; q < n; q++) out[at(q)] = w[q] * pred[q] * (y[q] - value) / PP;
        return true;
      case "recall":
        for (let q = 0; q < n; q++) out[at(q)] = w[q] * y[q] * (pred[q] - value) / P;
        return true;
      case "f1":
        for (let q = 0; q < n; q++) out[at(q)] = w[q] * (2 * yp[q] - value * (pred[q] + y[q])) / (PP + P);
        return true;
      case "log_loss":
      case "brier": {
        const t = name2 === "log_loss" ? this.ll : this.br;
        if (!t) return false;
        for (let q = 0; q < n; q++) out[at(q)] = w[q] * (t[q] - value) / W;
        return true;
      }
      case "auc":
        this.linearizeAuc(value, W - P, P, out);
        return true;
      case "average_precision":
        this.linearizeAp(value, W, P, out);
        return true;
      case "ece":
        return this.linearizeEce(value, W, out);
      default:
        return false;
    }
  }
  /**
   * The groups are the tie runs and each position of a distinct-score run, in score order. A
   * distinct-score run is one flat loop (each position its own group); only a tie run loops over
   * its group. Walked through a callback per group, this long, once-called pass left its compiled
   * code about 1,200 times a review at 10^6 rows (V8 deoptimized the callback again and again);
   * without it, analyticDeltaSe takes about 8 % less thread CPU (bench/RESULTS.md, seventeenth part).
   */
  linearizeAuc(auc, N, P, out) {
    const { order, wRank: w, yRank: y, runs } = this;
    const g = new Float64Array(2);
    const above = new Float64Array(2);
    for (let k = 0; k < runs.length; k += 3) {
      const runStart = runs[k];
      const runEnd = runs[k + 1];
      if (runs[k + 2] & RUN_TIES) {
        groupWeights(w, y, runStart, runEnd, g);
        const gAll = g[0];
        const gPos = g[1];
        const gNeg = gAll - gPos;
        const posAbove = above[0];
        const negAbove = above[1];
        const v = (N - negAbove - gNeg + 0.5 * gNeg) / N;
        const u = (posAbove + 0.5 * gPos) / P;
        aucGroupValues(w, y, order, out, runStart, runEnd, v, u, auc, P, N);
        above[0] = posAbove + gPos;
        above[1] = negAbove + gNeg;
        continue;
      }
      aucStretch(w, y, order, out, runStart, runEnd, auc, N, P, above);
    }
  }
  linearizeAp(ap, W, P, out) {
    const { order, wRank: w, yRank: y, runs } = this;
    const g = new Float64Array(2);
    const sums2 = Float64Array.of(W, P, 0, 0);
    for (let k = runs.length - 3; k >= 0; k -= 3) {
      const runStart = runs[k];
      const runEnd = runs[k + 1];
      if (runs[k + 2] & RUN_TIES) {
        groupWeights(w, y, runStart, runEnd, g);
        const gAll = g[0];
        const gPos = g[1];
        const cum = sums2[AP_CUM];
        const tp = sums2[AP_TP];
        const a = cum > 0 ? tp / cum : 0;
        if (cum > 0) {
          sums2[AP_S1] = sums2[AP_S1] + gPos / cum;
          sums2[AP_S2] = sums2[AP_S2] + gPos * a / cum;
        }
        apGroupValues(w, y, order, out, runStart, runEnd, a, sums2[AP_S1], sums2[AP_S2], ap, P);
        sums2[AP_CUM] = cum - gAll;
        sums2[AP_TP] = tp - gPos;
        continue;
      }
      apStretch(w, y, order, out, runStart, runEnd, ap, P, sums2);
    }
  }
  linearizeEce(ece, W, out) {
    const { order, wRank: w, yRank: y, conf, runs } = this;
    if (!conf) return false;
    let binStart = 0;
    for (let k = 0; k < runs.length; k += 3) {
      if (!(runs[k + 2] & RUN_BIN_END) && k + 3 < runs.length) continue;
      const end = runs[k + 1];
      const d = binGap(w, y, conf, binStart, end);
      const sign = d < 0 ? -1 : 1;
      eceBinValues(w, y, conf, order, out, binStart, end, sign, ece, W);
      binStart = end;
    }
    return true;
  }
  get scratch() {
    return this.scratchBuf ??= new Float64Array(this.wRank.length);
  }
  /** Writes multiplicity × weight per position (score order) into `scratch` and returns it. */
  fill(counts3) {
    const { order, wRank: w, scratch: c } = this;
    const n = c.length;
    if (order === null) {
      if (this.weighted) for (let j = 0; j < n; j++) c[j] = counts3[j] * w[j];
      else for (let j = 0; j < n; j++) c[j] = counts3[j];
    } else if (this.weighted) for (let j = 0; j < n; j++) c[j] = counts3[order[j]] * w[j];
    else for (let j = 0; j < n; j++) c[j] = counts3[order[j]];
    return c;
  }
  /** The sums that do not depend on order: Σc·pred, Σc·y·pred, Σc·log loss, Σc·Brier. */
  linearSums(c) {
    const { pred, yp } = this;
    const llr = this.ll ?? this.wRank;
    const brr = this.br ?? this.wRank;
    const n = c.length;
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
    const conf = this.conf ?? this.wRank;
    const s = new Float64Array(RANK_SUMS);
    const g = new Float64Array(3);
    let ece = 0;
    let tpBin = 0;
    for (let k = 0; k < runs.length; k += 3) {
      const start = runs[k];
      const end = runs[k + 1];
      const flags = runs[k + 2];
      if (flags & RUN_TIES) {
        g[2] = s[SC];
        tieGroupSums(c, y, conf, start, end, g);
        const gAll = g[0];
        const gPos = g[1];
        s[SC] = g[2];
        const tp = s[TP] + gPos;
        s[AREA] = s[AREA] + (gAll - gPos) * (s[TP] + 0.5 * gPos);
        s[TP] = tp;
        const cum = s[CUM] + gAll;
        s[CUM] = cum;
        s[AP] = s[AP] + gPos * tp / (cum + 1e-300);
      } else distinctStretch(c, y, conf, start, end, s);
      if (flags & RUN_BIN_END) {
        ece += Math.abs(s[TP] - tpBin - s[SC]);
        tpBin = s[TP];
        s[SC] = 0;
      }
    }
    return { cum: s[CUM], tp: s[TP], area: s[AREA], ap: s[AP], ece: this.conf ? ece : NaN };
  }
};
function binEnds(bin, order) {
  const n = order.length;
  const out = new Uint8Array(n);
  for (let j = 0; j < n; j++) out[j] = j === n - 1 ? 1 : +(bin[order[j + 1]] !== bin[order[j]]);
  return out;
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
  /** Nothing per row of its own: the run's arrays stay. */
  release() {
  }
  evaluate(counts3, out) {
    const { run, cm, binW, binConf, binHit, slots } = this;
    const { n, w, cell: cell2, k } = run;
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
        const c = counts3 === null ? 1 : counts3[i];
        if (c === 0) continue;
        const wc = c * w[i];
        tot += wc;
        cm[cell2[i]] += wc;
        ll += wc * llr[i];
        br += wc * brr[i];
        const b = bin[i];
        binW[b] += wc;
        binConf[b] += wc * conf[i];
        if (hit[i]) binHit[b] += wc;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const c = counts3 === null ? 1 : counts3[i];
        if (c === 0) continue;
        const wc = c * w[i];
        tot += wc;
        cm[cell2[i]] += wc;
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
    this.rankMetrics(counts3, out);
  }
  /** Multiclass and score-less runs keep the row bootstrap (their F1 averages and one-vs-rest AUCs have no linearization here). */
  linearize() {
    return false;
  }
  rankMetrics(counts3, out) {
    const { run, slots, rank } = this;
    if (!run.ranked) return;
    if (run.binary) {
      rankStats(run.ranked[0], counts3, rank);
      put(out, slots.auc, rank.auc);
      put(out, slots.average_precision, rank.ap);
      return;
    }
    if (slots.auc_ovr_macro === void 0) return;
    let sum2 = 0;
    let m = 0;
    for (const r of run.ranked) {
      const a = rankStats(r, counts3, rank).auc;
      if (Number.isFinite(a)) {
        sum2 += a;
        m++;
      }
    }
    out[slots.auc_ovr_macro] = m > 0 ? sum2 / m : NaN;
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
    const mean = sy / sw;
    this.yc = new Float64Array(run.n);
    for (let i = 0; i < run.n; i++) this.yc[i] = run.y[i] - mean;
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
  release() {
    releaseNow(this.yc);
    if (this.ape) releaseNow(this.ape);
  }
  /**
   * Influence values: plain means of per-row terms for MAE, mean error and MAPE; RMSE through
   * d√MSE = dMSE / 2RMSE; R² = 1 - SSE/SST through both sums (SST's mean moves only at second order).
   */
  linearize(j, out) {
    const name2 = this.metrics[j];
    const { run, yc, ape } = this;
    const { n, w, y, pred, se } = run;
    let W = 0;
    let sse = 0;
    let sst = 0;
    for (let i = 0; i < n; i++) {
      W += w[i];
      sse += w[i] * se[i];
    }
    const v = new Float64Array(this.metrics.length);
    this.evaluate(null, v);
    const value = v[j];
    switch (name2) {
      case "rmse":
        for (let i = 0; i < n; i++) out[i] = value > 0 ? w[i] * (se[i] - value * value) / W / (2 * value) : 0;
        return true;
      case "mae":
        for (let i = 0; i < n; i++) out[i] = w[i] * (Math.abs(pred[i] - y[i]) - value) / W;
        return true;
      case "mean_error":
        for (let i = 0; i < n; i++) out[i] = w[i] * (pred[i] - y[i] - value) / W;
        return true;
      case "mape":
        if (!ape) return false;
        for (let i = 0; i < n; i++) out[i] = w[i] * (ape[i] - value) / W;
        return true;
      case "r2": {
        let sy = 0;
        for (let i = 0; i < n; i++) sy += w[i] * yc[i];
        const mean = sy / W;
        for (let i = 0; i < n; i++) sst += w[i] * (yc[i] - mean) ** 2;
        if (!(sst > 0)) return false;
        for (let i = 0; i < n; i++) out[i] = -w[i] * (se[i] - sse / sst * (yc[i] - mean) ** 2) / sst;
        return true;
      }
      default:
        return false;
    }
  }
  evaluate(counts3, out) {
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
      const c = counts3 === null ? 1 : counts3[i];
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
var PARTIAL_PAIRING_MIN_PAIRS = 30;
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
var inUnitInterval = /* @__PURE__ */ new WeakMap();
var usable = /* @__PURE__ */ new WeakMap();
function scoresInUnitInterval(v) {
  let known = inUnitInterval.get(v);
  if (known === void 0) inUnitInterval.set(v, known = scanUnitInterval(v));
  return known;
}
function scanUnitInterval(v) {
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
  let known = usable.get(v);
  if (!known) usable.set(v, known = {});
  if (caps.scores) return known.withScores ??= scanUsableRows(v, true);
  return known.withoutScores ??= scanUsableRows(v, false);
}
function scanUsableRows(v, scores) {
  if (everyRowUsable(v, scores)) return iota(v.n);
  const keep = new Int32Array(v.n);
  let kept = 0;
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
      if (scores && !scoresFinite(v, i)) continue;
    }
    keep[kept++] = i;
  }
  return kept === keep.length ? keep : keep.slice(0, kept);
}
function everyRowUsable(v, scores) {
  const { yTrue, yPred, weight, n } = v;
  if (!yPred) return false;
  let bad = 0;
  if (v.task === "regression") {
    for (let i = 0; i < n; i++) bad |= yTrue[i] - yTrue[i] === 0 && yPred[i] - yPred[i] === 0 ? 0 : 1;
  } else {
    if (scores && v.task !== "binary") return false;
    const score = scores ? v.score : null;
    if (scores && !score) return false;
    const k = v.classes.length;
    for (let i = 0; i < n; i++) {
      const y = yTrue[i];
      const p = yPred[i];
      bad |= (y >>> 0 !== y ? 1 : 0) | (p >>> 0 !== p ? 1 : 0) | (y >= k ? 1 : 0) | (p >= k ? 1 : 0);
    }
    if (score) for (let i = 0; i < n; i++) bad |= score[i] - score[i] === 0 ? 0 : 1;
  }
  if (weight) for (let i = 0; i < n; i++) bad |= weight[i] - weight[i] === 0 && weight[i] >= 0 ? 0 : 1;
  return bad === 0;
}
function scoresFinite(v, i) {
  if (v.task === "binary") return v.score !== null && Number.isFinite(v.score[i]);
  for (const col of v.probs ?? []) if (!Number.isFinite(col[i])) return false;
  return true;
}
function pairRows(base, baseRows, cur, curRows) {
  const byCur = pairings.get(base) ?? /* @__PURE__ */ new WeakMap();
  pairings.set(base, byCur);
  const known = byCur.get(cur);
  if (known && known.baseRows === baseRows && known.curRows === curRows) return known.pairing;
  const pairing = matchRows(base, baseRows, cur, curRows);
  byCur.set(cur, { baseRows, curRows, pairing });
  return pairing;
}
var pairings = /* @__PURE__ */ new WeakMap();
function matchRows(base, baseRows, cur, curRows) {
  if (!base.ids || !cur.ids) return { paired: false, reason: "no_ids", matchShare: 0, partial: null };
  const same = sameIdSequence(base.ids, cur.ids) ? positionalPairs(baseRows, curRows) : null;
  if (same) return same;
  const index = new HashIndex(base.ids, baseRows.length);
  for (let k = 0; k < baseRows.length; k++) {
    if (index.add(baseRows[k]) >= 0) return { paired: false, reason: "duplicate_ids", matchShare: 0, partial: null };
  }
  const partner = new Int32Array(base.n).fill(-1);
  let matched = 0;
  for (let k = 0; k < curRows.length; k++) {
    const c = curRows[k];
    const b = index.find(cur.ids.h1[c], cur.ids.h2[c]);
    if (b < 0) continue;
    if (partner[b] !== -1) return { paired: false, reason: "duplicate_ids", matchShare: 0, partial: null };
    partner[b] = curRows[k];
    matched++;
  }
  const share2 = matched / Math.max(baseRows.length, curRows.length, 1);
  const pb = new Int32Array(matched);
  const pc = new Int32Array(matched);
  let j = 0;
  for (let k = 0; k < baseRows.length; k++) {
    const b = baseRows[k];
    if (partner[b] === -1) continue;
    pb[j] = b;
    pc[j++] = partner[b];
  }
  if (share2 < PAIRING_MIN_MATCH) {
    return { paired: false, reason: "ids_differ", matchShare: share2, partial: matched >= PARTIAL_PAIRING_MIN_PAIRS ? { base: pb, cur: pc } : null };
  }
  return { paired: true, base: pb, cur: pc, unmatched: baseRows.length + curRows.length - 2 * matched };
}
function positionalPairs(baseRows, curRows) {
  const n = Math.max(baseRows.length, curRows.length);
  const inCur = new Uint8Array(n === 0 ? 0 : Math.max(baseRows[baseRows.length - 1] ?? 0, curRows[curRows.length - 1] ?? 0) + 1);
  for (let k = 0; k < curRows.length; k++) inCur[curRows[k]] = 1;
  const keep = new Int32Array(baseRows.length);
  let kept = 0;
  for (let k = 0; k < baseRows.length; k++) if (inCur[baseRows[k]]) keep[kept++] = baseRows[k];
  if (kept / Math.max(n, 1) < PAIRING_MIN_MATCH) return null;
  const rows = kept === keep.length ? keep : keep.slice(0, kept);
  return { paired: true, base: rows, cur: rows, unmatched: baseRows.length + curRows.length - 2 * rows.length };
}
function scoreOrder(v, rows, space, map) {
  if (v.task !== "binary" || !v.score) return null;
  const flip = map[1] === 0 && space.classes.length === 2;
  const ahead2 = ordersAhead.get(v.score);
  if (ahead2 && ahead2.flip === flip && sameBytes(ahead2.rows, rows)) return ahead2.order;
  return sortedScores(v.score, rows, flip);
}
function sortedScores(score, rows, flip) {
  const s = gatherF64(score, rows);
  if (flip) for (let k = 0; k < s.length; k++) s[k] = 1 - s[k];
  return argsortDescending(s);
}
var ordersAhead = /* @__PURE__ */ new WeakMap();
function prepareAhead(v) {
  if (v.task !== "binary" || !v.score || ordersAhead.has(v.score)) return;
  const rows = usableRows(v, { scores: true, probabilistic: false, weighted: false });
  ordersAhead.set(v.score, { rows, flip: false, order: sortedScores(v.score, rows, false) });
}
function permute(rows, perm) {
  return perm ? gatherI32(rows, perm) : rows;
}
function weightsOf(v, rows) {
  return v.weight ? gatherF64(v.weight, rows) : unitWeights(rows.length);
}
var lastUnit = null;
function unitWeights(n) {
  const last = lastUnit?.deref();
  if (last !== void 0 && last.length === n) return last;
  const unit = new Float64Array(n).fill(1);
  lastUnit = new WeakRef(unit);
  return unit;
}
function buildRegRun(v, rows) {
  const y = gatherF64(v.yTrue, rows);
  const pred = gatherF64(v.yPred, rows);
  const se = new Float64Array(rows.length);
  for (let i = 0; i < se.length; i++) se[i] = (pred[i] - y[i]) ** 2;
  return { kind: "reg", view: v, rows, n: rows.length, y, pred, w: weightsOf(v, rows), weighted: v.weight !== null, se };
}
function buildClassRun(v, rows, space, map, caps, other = null) {
  const n = rows.length;
  const k = v.task === "binary" ? 2 : space.classes.length;
  const binary = v.task === "binary";
  const shared = other !== null && sameLabels(other, v, rows, map);
  const y = shared ? other.y : new Int32Array(n);
  const pred = new Int32Array(n);
  const correct = new Uint8Array(n);
  const cell2 = new Int32Array(n);
  if (!shared) gatherClasses(y, rows, v.yTrue, map);
  gatherClasses(pred, rows, v.yPred, map);
  for (let i = 0; i < n; i++) {
    correct[i] = +(y[i] === pred[i]);
    cell2[i] = y[i] * k + pred[i];
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
  const ranked = score ? [rankRows(score, y, 1, v.weight ? w : null, void 0, w)] : probs ? probs.map((col, c) => rankRows(col, y, c, v.weight ? w : null, void 0, w)) : null;
  const run = {
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
    cell: cell2,
    score,
    probs,
    ll: derived?.ll ?? null,
    br: derived?.br ?? null,
    conf: derived?.conf ?? null,
    hit: derived?.hit ?? null,
    bin: derived?.bin ?? null,
    ranked
  };
  classMaps.set(run, map);
  return run;
}
function classBytes(values, map) {
  for (let c = 0; c < map.length; c++) if (!(map[c] >= 0 && map[c] < 256)) return null;
  const out = new Uint8Array(values.length);
  const m = map.length;
  for (let r = 0; r < values.length; r++) {
    const x = values[r];
    out[r] = x >= 0 && x < m ? map[x] : 0;
  }
  return out;
}
function gatherClasses(out, rows, values, map) {
  const bytes = classBytes(values, map);
  if (bytes) {
    gatherBytes(out, rows, bytes);
    releaseNow(bytes);
  } else gatherMapped(out, rows, values, map);
}
function gatherBytes(out, rows, bytes) {
  for (let i = 0; i < out.length; i++) out[i] = bytes[rows[i]];
}
function gatherMapped(out, rows, values, map) {
  for (let i = 0; i < out.length; i++) out[i] = map[values[rows[i]]];
}
function sameLabels(other, v, rows, map) {
  if (other.view.yTrue !== v.yTrue || other.rows.length !== rows.length) return false;
  const otherMap = classMaps.get(other);
  return otherMap !== void 0 && sameBytes(otherMap, map) && sameBytes(other.rows, rows);
}
var classMaps = /* @__PURE__ */ new WeakMap();
function releaseLossTerms(run) {
  if (run.kind !== "class") return;
  for (const a of [run.ll, run.br]) if (a) releaseNow(a);
  run.ll = null;
  run.br = null;
}
function probabilisticTerms(y, score, probs) {
  const n = y.length;
  const ll = new Float64Array(n);
  const br = new Float64Array(n);
  const hit = new Uint8Array(n);
  const bin = new Uint8Array(n);
  if (score) {
    for (let i = 0; i < n; i++) {
      const p = score[i];
      ll[i] = binaryLogLossRow(y[i], p);
      br[i] = (y[i] - p) ** 2;
      hit[i] = y[i];
      bin[i] = eceBin(p);
    }
    return { ll, br, conf: score, hit, bin };
  }
  if (!probs) return null;
  const conf = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    ll[i] = multiclassLogLossRow(y[i], probs, i);
    br[i] = multiclassBrierRow(y[i], probs, i);
    let top = 0;
    for (let c = 1; c < probs.length; c++) if (probs[c][i] > probs[top][i]) top = c;
    conf[i] = probs[top][i];
    hit[i] = +(top === y[i]);
    bin[i] = eceBin(conf[i]);
  }
  return { ll, br, conf, hit, bin };
}
function partialAnalysisPairs(pairs, baseRows, curRows, baseN, curN) {
  const posB = new Int32Array(baseN).fill(-1);
  const posC = new Int32Array(curN).fill(-1);
  baseRows.forEach((r, k) => posB[r] = k);
  curRows.forEach((r, k) => posC[r] = k);
  const b = [];
  const c = [];
  for (let k = 0; k < pairs.base.length; k++) {
    const i = posB[pairs.base[k]];
    const j = posC[pairs.cur[k]];
    if (i < 0 || j < 0) continue;
    b.push(i);
    c.push(j);
  }
  return { base: Int32Array.from(b), cur: Int32Array.from(c) };
}

// src/analysis/performance/slices.ts
var MAX_SLICES = 5;
var PAIR_COLUMNS = 12;
var COVER_POOL = 25;
var EXPLAINED_ENOUGH = 0.9;
var MIN_MARGINAL_SHARE = 0.05;
function candidatesOf(c, terms, acc, cells) {
  const out = [];
  for (let cell2 = 0; cell2 < cells; cell2++) {
    if (!supported(acc, cell2, c.opts.minSupport)) continue;
    const t = primaryTest(acc, cell2 * M, c.setup, null);
    if (!t) continue;
    out.push({
      terms: terms(cell2),
      moments: acc,
      offset: cell2 * M,
      p: t.p,
      mass: dropMass(c, acc[cell2 * M + CUR + S0], t.meanBase, t.meanCur),
      worse: c.setup.kind === "class" ? t.delta < 0 : t.delta > 0
    });
  }
  return out;
}
var cellScratch = [new Int16Array(0), new Int16Array(0)];
var wideCellScratch = [new Int32Array(0), new Int32Array(0)];
var MAX_NARROW_CELLS = 32767;
function pairCells(a, b, la, lb, slot) {
  const n = a.length;
  let out;
  if (la * lb <= MAX_NARROW_CELLS) {
    if (cellScratch[slot].length < n) cellScratch[slot] = new Int16Array(n);
    out = cellScratch[slot].subarray(0, n);
  } else {
    if (wideCellScratch[slot].length < n) wideCellScratch[slot] = new Int32Array(n);
    out = wideCellScratch[slot].subarray(0, n);
  }
  for (let i = 0; i < n; i++) out[i] = a[i] < 0 || b[i] < 0 ? -1 : a[i] * lb + b[i];
  return out;
}
function pairCandidates(c, segs, ia, ib, counts3) {
  const a = segs[ia];
  const b = segs[ib];
  const la = a.labels.length;
  const lb = b.labels.length;
  const cells = la * lb;
  const acc = new Float64Array(cells * M);
  if (counts3) addPairCounts(acc, counts3, la, lb);
  else if (c.paired) {
    accumulatePaired(acc, pairCells(a.cur, b.cur, la, lb, 0), c.xBase, c.momentWeightsBase, c.xCur, c.momentWeightsCur);
  } else {
    accumulateRun(acc, 0, pairCells(a.base, b.base, la, lb, 1), c.xBase, c.momentWeightsBase);
    accumulateRun(acc, CUR, pairCells(a.cur, b.cur, la, lb, 0), c.xCur, c.momentWeightsCur);
  }
  return candidatesOf(c, (cell2) => [{ seg: ia, label: Math.floor(cell2 / lb) }, { seg: ib, label: cell2 % lb }], acc, cells);
}
function pairCountsFrom(segs, cols, i, aBits, packedOf) {
  const la = segs[cols[i]].labels.length;
  const out = /* @__PURE__ */ new Map();
  const one = (j) => out.set(j, pairCounts(aBits, la, segs[cols[j]].cur, segs[cols[j]].labels.length));
  const own = Math.floor(i / PACK_COLUMNS);
  for (let j = i + 1; j < Math.min(cols.length, (own + 1) * PACK_COLUMNS); j++) one(j);
  for (let g = own + 1; g * PACK_COLUMNS < cols.length; g++) {
    const members2 = groupOf(cols, g);
    const packed = packedOf(g);
    const counts3 = packed ? packedPairCounts(aBits, la, packed, members2.map((s) => segs[s].labels.length)) : null;
    members2.forEach((_, k) => counts3 ? out.set(g * PACK_COLUMNS + k, counts3[k]) : one(g * PACK_COLUMNS + k));
  }
  return out;
}
function groupOf(cols, g) {
  return cols.slice(g * PACK_COLUMNS, (g + 1) * PACK_COLUMNS);
}
function columnsToPair(single, count4) {
  const best = /* @__PURE__ */ new Map();
  for (const cand of single) {
    const s = cand.terms[0].seg;
    best.set(s, Math.max(best.get(s) ?? -Infinity, cand.mass));
  }
  return [...best.entries()].filter(([, m]) => m > 0).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, count4).map(([s]) => s).sort((x, y) => x - y);
}
function contains(outer, inner) {
  return outer.every((o) => inner.some((t) => t.seg === o.seg && t.label === o.label));
}
function related(a, b) {
  return contains(a, b) || contains(b, a);
}
function members(terms, segs, run, n) {
  const codes = terms.map((t) => run === "base" ? segs[t.seg].base : segs[t.seg].cur);
  const out = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    let ok = true;
    for (let k = 0; k < terms.length; k++) {
      if (codes[k][i] !== terms[k].label) {
        ok = false;
        break;
      }
    }
    if (ok) out[m++] = i;
  }
  const rows = out.slice(0, m);
  releaseNow(out);
  return rows;
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
function addRows(acc, block2, rows, covered, x, w) {
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (covered[r]) continue;
    const wi = w[r];
    const xi = x[r];
    acc[block2] += 1;
    acc[block2 + S0] += wi;
    acc[block2 + S1] += wi * xi;
    acc[block2 + Q0] += wi * wi;
    acc[block2 + Q1] += wi * wi * xi;
    acc[block2 + Q2] += wi * wi * xi * xi;
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
  const d = s.sc / s.wc - s.sb / s.wb;
  return c.setup.kind === "class" ? -d : d;
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
function explainedMass(c, all, open) {
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
  const unit = c.paired && c.momentWeightsBase === null && c.momentWeightsCur === null;
  const packed = /* @__PURE__ */ new Map();
  const packedOf = (g) => {
    if (!packed.has(g)) {
      const members2 = groupOf(cols, g);
      packed.set(g, packLabels(members2.map((s) => segs[s].cur), members2.map((s) => segs[s].labels.length)));
    }
    return packed.get(g);
  };
  for (let i = 0; i < cols.length; i++) {
    const aBits = unit && i + 1 < cols.length ? labelsWithBits(segs[cols[i]].cur, c.xBase, c.xCur) : null;
    const counts3 = aBits ? pairCountsFrom(segs, cols, i, aBits, packedOf) : null;
    for (let j = i + 1; j < cols.length; j++) all.push(...pairCandidates(c, segs, cols[i], cols[j], counts3?.get(j) ?? null));
    if (aBits) releaseNow(aBits.bits);
  }
  for (const p of packed.values()) if (p) releaseNow(p);
  cellScratch.fill(new Int16Array(0));
  wideCellScratch.fill(new Int32Array(0));
  const q = benjaminiHochberg(all.map((x) => x.p));
  const qOf = new Map(all.map((x, i) => [x, q[i]]));
  const coverBase = new Uint8Array(c.base.n);
  const cover = { base: coverBase, cur: c.paired ? coverBase : new Uint8Array(c.cur.n) };
  const pool = all.filter((x, i) => x.worse && q[i] <= c.opts.alpha && x.mass > 0).sort(byMass).slice(0, COVER_POOL);
  const rowsOf2 = /* @__PURE__ */ new Map();
  const rowsFor = (cand) => {
    let rows = rowsOf2.get(cand);
    if (!rows) {
      const b = members(cand.terms, segs, "base", c.base.n);
      rows = { b, c: c.paired ? b : members(cand.terms, segs, "cur", c.cur.n) };
      rowsOf2.set(cand, rows);
    }
    return rows;
  };
  const chosen = [];
  const minMarginal = c.overallDrop > 0 ? MIN_MARGINAL_SHARE * c.overallDrop : 0;
  const everyRow = allUncovered(c, { base: new Uint8Array(c.base.n), cur: new Uint8Array(c.cur.n) });
  let open = everyRow;
  while (chosen.length < MAX_SLICES) {
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
    for (let i = 0; i < rows.b.length; i++) cover.base[rows.b[i]] = 1;
    for (let i = 0; i < rows.c.length; i++) cover.cur[rows.c[i]] = 1;
    open = allUncovered(c, cover);
    if (c.overallDrop > 0 && explainedMass(c, everyRow, open) / c.overallDrop >= EXPLAINED_ENOUGH) break;
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
  const explained = chosen.length > 0 ? explainedMass(c, everyRow, open) : 0;
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
    const mean = sy / sw;
    let ss = 0;
    for (let i = 0; i < run.n; i++) ss += run.w[i] * (run.y[i] - mean) ** 2;
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
function pairingNote(reason, share2) {
  if (reason === "no_ids") return "No id column in both runs: rows were compared as independent samples (unpaired).";
  if (reason === "duplicate_ids") return "Ids repeat within a run: rows were compared as independent samples (unpaired).";
  return `Only ${(100 * share2).toFixed(1)}% of rows match by id: the eval set itself changed, so runs were compared as independent samples (unpaired) and deltas mix model and data changes.`;
}
function prepareRows(baseIn, cur) {
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
  let partialView = null;
  if (base && rowsB) {
    const p = pairRows(base, rowsB, cur, rowsC);
    if (p.paired) {
      paired = true;
      analysisB = p.base;
      analysisC = p.cur;
      if (p.unmatched > 0) notes.push(`${p.unmatched} rows without a partner id in the other run were left out of the paired comparison.`);
    } else {
      notes.push(pairingNote(p.reason, p.matchShare));
      partialView = p.partial;
      if (p.partial) {
        notes.push(`Segment and group tests compare the ${p.partial.base.length} id-matched rows paired and the other rows unpaired, the two p-values combined (Stouffer's weighted Z).`);
      }
    }
  }
  if (space && base && analysisB && paired) {
    const perm = scoreOrder(base, analysisB, space, space.baseMap);
    analysisB = permute(analysisB, perm);
    analysisC = permute(analysisC, perm);
  } else if (space) {
    if (base && analysisB) analysisB = permute(analysisB, scoreOrder(base, analysisB, space, space.baseMap));
    analysisC = permute(analysisC, scoreOrder(cur, analysisC, space, space.curMap));
  }
  return {
    base,
    cur,
    analysisB,
    analysisC,
    paired,
    partialView,
    space,
    caps,
    droppedBase,
    droppedCurrent,
    notes,
    src: { base: base && analysisB ? { view: base, rows: analysisB } : null, cur: { view: cur, rows: analysisC }, paired }
  };
}
function buildRuns(r) {
  const { base, cur, analysisB, analysisC, space, caps, partialView } = r;
  const build = (v, rows, map, other) => space && map ? buildClassRun(v, rows, space, map, caps, other?.kind === "class" ? other : null) : buildRegRun(v, rows);
  const runB = base && analysisB ? build(base, analysisB, space ? space.baseMap : null, null) : null;
  const runC = build(cur, analysisC, space ? space.curMap : null, runB);
  const partial = partialView && base && analysisB ? partialAnalysisPairs(partialView, analysisB, analysisC, base.n, cur.n) : null;
  return {
    base: runB,
    cur: runC,
    paired: r.paired,
    partial,
    space,
    caps,
    droppedBase: r.droppedBase,
    droppedCurrent: r.droppedCurrent,
    notes: r.notes,
    src: r.src
  };
}
function calibrationRows(run) {
  return run.conf && run.hit ? { conf: run.conf, hit: run.hit, weight: run.weighted ? run.w : null } : null;
}
function calibrationSummary(run, brier) {
  if (run.kind !== "class") return null;
  const rows = calibrationRows(run);
  if (!rows) return null;
  const ranked = run.binary && run.ranked ? run.ranked[0] : null;
  const known = ranked && run.bin ? { bin: run.bin, order: ranked.order, groupEnd: ranked.groupEnd } : null;
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
function buildSegmenters(src) {
  const out = [];
  for (const name2 of segmenterNames(src)) {
    const seg2 = buildSegmenter(name2, src);
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
function headlineMetrics(p, hasBase, opts) {
  const names = metricNames(hasBase ? [p.base, p.cur] : [p.cur]);
  const curKernel = makeKernel(p.cur, names);
  if (!hasBase) {
    const metrics2 = currentOnly(curKernel);
    curKernel.release();
    releaseLossTerms(p.cur);
    return metrics2;
  }
  const baseKernel = makeKernel(p.base, names);
  const metrics = compareHeadline({ base: p.base, cur: p.cur, baseKernel, curKernel, paired: p.paired }, opts);
  baseKernel.release();
  curKernel.release();
  releaseLossTerms(p.base);
  releaseLossTerms(p.cur);
  return metrics;
}
function startPerformance(base, cur, opts) {
  if (!cur.yPred) return { done: emptyAnalysis(cur, opts, `${cur.path} has no prediction or score column: no performance metric can be computed.`) };
  const rows = prepareRows(base, cur);
  if (rows.analysisC.length === 0) return { done: emptyAnalysis(cur, opts, `${cur.path} has no row with a usable label and prediction.`) };
  return { done: null, rows, opts };
}
function segmentSource(rows) {
  return rows.base && rows.analysisB && rows.analysisB.length > 0 ? rows.src : null;
}
function headlinePerformance(start) {
  const p = buildRuns(start.rows);
  const hasBase = p.base !== null && p.base.n > 0;
  if (p.base && p.base.n === 0) p.notes.push("The baseline has no usable row; the current run is reported alone.");
  return { p, metrics: headlineMetrics(p, hasBase, start.opts), opts: start.opts };
}
function analyzePerformance(base, cur, opts) {
  const start = startPerformance(base, cur, opts);
  if (start.done) return start.done;
  const src = segmentSource(start.rows);
  const headline2 = headlinePerformance(start);
  return finishPerformance(headline2, src ? buildSegmenters(src) : []);
}
function middlePerformance(h) {
  const { p, metrics, opts } = h;
  const hasBase = p.base !== null && p.base.n > 0;
  const classes = runClasses(p);
  const comparison = hasBase ? makeComparison(p.base, p.cur, p.paired, opts, p.partial) : null;
  return {
    h,
    comparison,
    scan: comparison ? scanInputs(comparison) : null,
    errors: p.cur.kind === "class" ? analyzeErrors(hasBase && p.base.kind === "class" ? p.base : null, p.cur, classes) : null,
    calibration: calibration(p, metrics),
    trivialBaseline: hasBase ? trivialBaselines(p.base, classes) : null,
    trivialCurrent: trivialBaselines(p.cur, classes)
  };
}
function runClasses(p) {
  return p.space ? p.space.classes.slice(0, p.cur.kind === "class" ? p.cur.k : 0) : [];
}
function finishPerformance(from, segs) {
  const mid = "scan" in from ? from : middlePerformance(from);
  const { p, metrics, opts } = mid.h;
  const { comparison, errors } = mid;
  const hasBase = p.base !== null && p.base.n > 0;
  const cur = p.src.cur.view;
  const classes = runClasses(p);
  const scan = comparison ? scanSegments(comparison, segs, mid.scan ?? void 0) : null;
  for (const run of [p.base, p.cur]) if (run?.kind === "class") for (const r of run.ranked ?? []) releaseRuns(r);
  const slices = comparison && scan ? discoverSlices(comparison, segs, scan.moments) : null;
  const cells = comparison && scan ? withConfusion(comparison, segs, scan.results, slices, scan.cells) : null;
  let bias2 = [];
  if (p.cur.kind === "class") {
    const columns = protectedColumnNames(cur);
    bias2 = comparison ? compareBias(comparison, p.src, columns) : currentBias(p.cur, p.src, columns, opts);
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
    segments: cells ? cells.results : [],
    slices: cells ? cells.slices : slices,
    errors,
    confusion: errors && hasBase && p.base.kind === "class" && p.cur.kind === "class" ? tableConfusion(errors, p.base, p.cur) : null,
    regressionErrors: p.cur.kind === "reg" ? { baseline: hasBase && p.base.kind === "reg" ? residualSummary(p.base) : null, current: residualSummary(p.cur) } : null,
    calibration: mid.calibration,
    bias: bias2,
    trivialBaseline: mid.trivialBaseline,
    trivialCurrent: mid.trivialCurrent
  };
}

// src/analysis/performance/error-facts.ts
var MIN_RATE_CHANGE = 0.01;
function rateMove(xb, nb, xc, nc, scaleB, scaleC, alpha) {
  if (!(nb > 0) || !(nc > 0)) return null;
  const base = xb / nb;
  const current = xc / nc;
  const pValue = twoProportionTest(xb * scaleB, nb * scaleB, xc * scaleC, nc * scaleC).pValue;
  return { base, current, pValue, material: pValue < alpha && Math.abs(current - base) >= MIN_RATE_CHANGE };
}
function sum(v) {
  let s = 0;
  for (const x of v) s += x;
  return s;
}
function kishScale(total3, squares) {
  return squares > 0 ? total3 / squares : 1;
}
function confusionFacts(cells, classes, alpha) {
  const { k, base: b, current: c } = cells;
  if (k < 2 || classes.length < k) return null;
  const nb = sum(b);
  const nc = sum(c);
  if (!(nb > 0) || !(nc > 0)) return null;
  const sb = kishScale(nb, cells.baseWeightSquares);
  const sc = kishScale(nc, cells.currentWeightSquares);
  if (k === 2) {
    const tests = 2;
    const [tnB, fpB, fnB, tpB] = b;
    const [tnC, fpC, fnC, tpC] = c;
    return {
      kind: "binary",
      positive: classes[1],
      negative: classes[0],
      n: { base: nb, current: nc },
      tp: { base: tpB, current: tpC },
      fn: { base: fnB, current: fnC },
      fp: { base: fpB, current: fpC },
      tn: { base: tnB, current: tnC },
      recall: rateMove(tpB, tpB + fnB, tpC, tpC + fnC, sb, sc, alpha / tests),
      falsePositiveRate: rateMove(fpB, fpB + tnB, fpC, fpC + tnC, sb, sc, alpha / tests),
      precision: { base: tpB + fpB > 0 ? tpB / (tpB + fpB) : null, current: tpC + fpC > 0 ? tpC / (tpC + fpC) : null },
      accuracy: { base: (tpB + tnB) / nb, current: (tpC + tnC) / nc }
    };
  }
  const recallAlpha = alpha / k;
  const pairAlpha = alpha / (k * (k - 1));
  const recallFell = [];
  const confusedMore = [];
  for (let a = 0; a < k; a++) {
    let rowB = 0;
    let rowC = 0;
    for (let p = 0; p < k; p++) {
      rowB += b[a * k + p];
      rowC += c[a * k + p];
    }
    const recall = rateMove(b[a * k + a], rowB, c[a * k + a], rowC, sb, sc, recallAlpha);
    if (recall && recall.material && recall.current < recall.base) recallFell.push({ ...recall, cls: classes[a], nBase: rowB, nCurrent: rowC, lostTo: lostTo(b, c, k, a, rowB, rowC, classes) });
    for (let p = 0; p < k; p++) {
      if (p === a) continue;
      const move = rateMove(b[a * k + p], rowB, c[a * k + p], rowC, sb, sc, pairAlpha);
      if (!move || !move.material || !(move.current > move.base)) continue;
      confusedMore.push({
        ...move,
        trueClass: classes[a],
        predictedClass: classes[p],
        baseCount: b[a * k + p],
        currentCount: c[a * k + p],
        deltaShare: c[a * k + p] / nc - b[a * k + p] / nb
      });
    }
  }
  recallFell.sort((x, y) => x.current - x.base - (y.current - y.base) || compareText2(x.cls, y.cls));
  confusedMore.sort((x, y) => y.deltaShare - x.deltaShare || compareText2(x.trueClass, y.trueClass) || compareText2(x.predictedClass, y.predictedClass));
  return { kind: "multiclass", n: { base: nb, current: nc }, recallFell, confusedMore: confusedMore.slice(0, MAX_CONFUSIONS) };
}
function lostTo(b, c, k, a, rowB, rowC, classes) {
  let best = -1;
  let growth = 0;
  for (let p = 0; p < k; p++) {
    if (p === a) continue;
    const g = c[a * k + p] / rowC - b[a * k + p] / rowB;
    if (g > growth) {
      growth = g;
      best = p;
    }
  }
  return best < 0 ? null : { cls: classes[best], baseCount: b[a * k + best], currentCount: c[a * k + best] };
}
function compareText2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function confusionMoved(f) {
  return f.kind === "binary" ? Boolean(f.recall?.material || f.falsePositiveRate?.material) : f.recallFell.length > 0 || f.confusedMore.length > 0;
}
var SAME_NUMBER = 1e-9;
var TRIVIAL = [
  { metric: "accuracy", higherIsBetter: true, of: (t) => t.majorityAccuracy },
  { metric: "log_loss", higherIsBetter: false, of: (t) => t.priorLogLoss },
  { metric: "rmse", higherIsBetter: false, of: (t) => t.meanRmse }
];
function noBetter(value, trivial2, higherIsBetter) {
  const tol = SAME_NUMBER * Math.max(1, Math.abs(trivial2));
  return higherIsBetter ? value <= trivial2 + tol : value >= trivial2 - tol;
}
function trivialFacts(a) {
  const out = [];
  for (const t of TRIVIAL) {
    const m = a.metrics.find((x) => x.name === t.metric);
    const trivial2 = t.of(a.trivialCurrent);
    if (!m || m.current === null || trivial2 === null || !noBetter(m.current, trivial2, t.higherIsBetter)) continue;
    const trivialBaseline = a.trivialBaseline ? t.of(a.trivialBaseline) : null;
    const crossed = m.baseline !== null && trivialBaseline !== null && !noBetter(m.baseline, trivialBaseline, t.higherIsBetter);
    out.push({
      metric: t.metric,
      current: m.current,
      trivial: trivial2,
      baseline: m.baseline,
      trivialBaseline,
      crossed,
      majorityClass: t.metric === "accuracy" ? a.trivialCurrent.majorityClass : null
    });
  }
  return out;
}
function errorFacts(a, cells, where) {
  const confusion2 = cells ? confusionFacts(cells, a.classes, a.options.alpha) : null;
  const moved = confusion2 !== null && confusionMoved(confusion2) ? confusion2 : null;
  const trivial2 = where === null ? trivialFacts(a) : [];
  return moved || trivial2.length > 0 ? { where, confusion: moved, trivial: trivial2 } : null;
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
function effectSeverity(name2, base, cur, baseRmse) {
  const info = METRIC_INFO[name2];
  if (info.scale === "points") return pointsSeverity(Math.abs(cur - base));
  if (name2 === "r2") {
    const unexplained = 1 - base;
    const points = pointsSeverity(base - cur);
    return unexplained > 0 ? Math.max(points, relativeSeverity((base - cur) / unexplained)) : points;
  }
  if (name2 === "mean_error") {
    const scale = baseRmse && baseRmse > 0 ? baseRmse : Math.abs(base);
    return scale > 0 ? relativeSeverity((Math.abs(cur) - Math.abs(base)) / scale) : 0;
  }
  return Math.abs(base) > 0 ? relativeSeverity(Math.abs(cur - base) / Math.abs(base)) : 1;
}
var LABELS = Object.fromEntries(Object.entries(METRIC_INFO).map(([k, v]) => [k, v.label]));
function fmt3(v) {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e7)) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}
function describeChange2(name2, base, cur) {
  const verb = cur < base ? "fell" : "rose";
  if (METRIC_INFO[name2].scale === "points") return `${verb} ${(Math.abs(cur - base) * 100).toFixed(1)} pts`;
  if (name2 === "r2") return `${verb} by ${fmt3(Math.abs(cur - base))}`;
  if (name2 === "mean_error" || base === 0) return `moved by ${fmt3(cur - base)}`;
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
var OPERATING_PARTNER = { precision: "recall", recall: "precision" };
function isOperatingTradeOff(a, m) {
  const partner = OPERATING_PARTNER[m.name];
  if (!partner) return false;
  const other = a.metrics.find((x) => x.name === partner);
  const f1 = a.metrics.find((x) => x.name === "f1");
  const elsewhere = a.metrics.some((x) => x.name !== m.name && x.name !== partner && x.status === "regressed");
  return other?.status === "improved" && f1 !== void 0 && f1.status !== "regressed" && !elsewhere;
}
function metricSignals(a) {
  const out = [];
  const alpha = a.options.alpha;
  const facts = errorFacts(a, a.confusion, null);
  for (const m of a.metrics) {
    if (!passes(m, alpha) || m.name === "ece" || !measured(m)) continue;
    if (isOperatingTradeOff(a, m)) continue;
    const more = [];
    if (m.mcnemarP !== null) more.push({ text: `exact McNemar p = ${fmt3(m.mcnemarP)}`, value: m.mcnemarP });
    const trivial2 = facts?.trivial.some((t) => t.metric === m.name) ? null : trivialContext(a, m.name);
    if (trivial2) more.push(trivial2);
    out.push(metricSignal(a, m, facts, more));
  }
  return out;
}
function measured(m) {
  return m.baseline !== null && m.current !== null && m.delta !== null;
}
function metricSignal(a, m, facts, more, extra = {}) {
  const strength = effectSeverity(m.name, m.baseline, m.current, baseRmseOf(a)) * noiseFactor(m.delta, m.ci, a.options.alpha);
  return {
    category: "metric_regression",
    area: "model",
    strength: clamp012(strength),
    significant: true,
    title: `${LABELS[m.name]} ${describeChange2(m.name, m.baseline, m.current)} (${fmt3(m.baseline)} \u2192 ${fmt3(m.current)}, n=${a.nCurrent})`,
    metric: m.name,
    source: a.table,
    evidence: [{ text: `${LABELS[m.name]} ${fmt3(m.baseline)} \u2192 ${fmt3(m.current)} (${ciText(m.ci)}, ${m.test.replaceAll("_", " ")})`, value: m.current }, ...more],
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
      direction: m.direction,
      ...extra
    },
    ...facts ? { errors: facts } : {}
  };
}
function trivialContext(a, name2) {
  const t = a.trivialCurrent;
  if (name2 === "accuracy" && t.majorityAccuracy !== null) return { text: `always predicting ${t.majorityClass} scores ${fmt3(t.majorityAccuracy)}`, value: t.majorityAccuracy };
  if (name2 === "log_loss" && t.priorLogLoss !== null) return { text: `predicting the class prior scores ${fmt3(t.priorLogLoss)}`, value: t.priorLogLoss };
  if (name2 === "rmse" && t.meanRmse !== null) return { text: `predicting the mean scores ${fmt3(t.meanRmse)}`, value: t.meanRmse };
  return null;
}
function clamp012(v) {
  return Math.min(1, Math.max(0, v));
}
function localisation(share2, rowShare) {
  if (share2 === null) return null;
  if (rowShare >= 1) return 0;
  return clamp012((share2 - rowShare) / (1 - rowShare));
}
function conservativeSize(delta, ci) {
  return ci && Math.sign(ci[0]) === Math.sign(ci[1]) ? Math.min(Math.abs(ci[0]), Math.abs(ci[1]), Math.abs(delta)) : Math.abs(delta);
}
function segmentStrength(a, r, share2, reading = "conservative") {
  const size = (delta, ci) => reading === "point" ? Math.abs(delta) : conservativeSize(delta, ci);
  const loc = localisation(share2, r.nCurrent / a.nCurrent);
  const where = 0.5 + 0.5 * (loc ?? 0.5);
  if (r.mae) {
    const m = r.mae;
    const sev2 = m.delta > 0 ? relativeSeverity(m.base > 0 ? size(m.delta, m.ci) / m.base : 1) : 0;
    return sev2 * noiseFactor(m.delta, m.ci, a.options.alpha) * where;
  }
  const change = size(r.delta, r.ci);
  const sev = r.metric === "rmse" ? relativeSeverity(r.baseline > 0 ? change / r.baseline : 1) : pointsSeverity(change);
  return sev * noiseFactor(r.delta, r.ci, a.options.alpha) * where;
}
function classSupport(metric, c) {
  if (!c || c.k !== 2 || c.current.length !== 4) return null;
  const [tn, fp, fn, tp] = c.current;
  switch (metric) {
    case "auc":
    case "average_precision":
      return Math.min(tn + fp, fn + tp);
    case "recall":
    case "f1":
      return fn + tp;
    case "precision":
      return fp + tp;
    default:
      return null;
  }
}
function sliceSignal(a, s, rank) {
  const facts = errorFacts(a, s.confusion, s.conditions);
  const column2 = s.conditions.map((c) => c.column).join(" & ");
  const value = s.conditions.map((c) => c.value).join(" & ");
  const where = s.conditions.map((c) => `${c.column}=${c.value}`).join(" & ");
  const share2 = s.shareOfDrop;
  const shareText = share2 !== null ? `, ${Math.round(share2 * 100)}% of the overall drop` : "";
  return {
    category: "segment_regression",
    area: "model",
    strength: clamp012(segmentStrength(a, s, share2)),
    significant: true,
    title: `${LABELS[s.metric]} ${describeChange2(s.metric, s.baseline, s.current)} for ${where} (n=${s.nCurrent}${shareText})`,
    metric: s.metric,
    segment: { column: column2, value },
    source: a.table,
    evidence: [
      { text: `${LABELS[s.metric]} ${fmt3(s.baseline)} \u2192 ${fmt3(s.current)} in ${where} (${ciText(s.ci)}, q = ${fmt3(s.qValue)})`, value: s.current },
      ...share2 !== null ? [{ text: `carries ${Math.round(share2 * 100)}% of the overall drop`, value: share2 }] : []
    ],
    details: {
      metric: s.metric,
      baseline: s.baseline,
      current: s.current,
      delta: s.delta,
      class_support: classSupport(s.metric, s.confusion),
      ciLow: s.ci ? s.ci[0] : null,
      ciHigh: s.ci ? s.ci[1] : null,
      pValue: s.pValue,
      qValue: s.qValue,
      test: s.test,
      n: s.nCurrent,
      nBase: s.nBase,
      shareOfDrop: share2,
      marginalShare: s.marginalShare,
      dropMass: s.dropMass,
      sliceRank: rank,
      strength_named: clamp012(segmentStrength(a, s, share2, "point")),
      rowShare: s.nCurrent / a.nCurrent,
      localisation: localisation(share2, s.nCurrent / a.nCurrent),
      conditions: s.conditions.length,
      paired: a.paired
    },
    ...facts ? { errors: facts } : {}
  };
}
function segmentSignal(a, g, pLabel = "q") {
  const share2 = g.results.find((r) => r.shareOfDrop !== null)?.shareOfDrop ?? null;
  const primary = g.results.reduce((best, r) => segmentStrength(a, r, share2) > segmentStrength(a, best, share2) ? r : best);
  const strength = segmentStrength(a, primary, share2) * NON_SLICE_FACTOR;
  const where = `${g.column}=${g.value}`;
  const facts = errorFacts(a, g.results.find((r) => r.confusion)?.confusion, [{ column: g.column, value: g.value }]);
  return {
    category: "segment_regression",
    area: "model",
    strength: clamp012(strength),
    significant: true,
    title: `${LABELS[primary.metric]} ${describeChange2(primary.metric, primary.baseline, primary.current)} for ${where} (n=${primary.nCurrent})`,
    metric: primary.metric,
    segment: { column: g.column, value: g.value },
    source: a.table,
    evidence: g.results.map(
      (r) => r.mae ? {
        text: `MAE ${fmt3(r.mae.base)} \u2192 ${fmt3(r.mae.cur)} (${ciText(r.mae.ci)}), RMSE ${fmt3(r.baseline)} \u2192 ${fmt3(r.current)}; ${r.test.replaceAll("_", " ")} on absolute errors ${pLabel} = ${fmt3(r.qValue)}`,
        value: r.mae.cur
      } : { text: `${LABELS[r.metric]} ${fmt3(r.baseline)} \u2192 ${fmt3(r.current)} (${ciText(r.ci)}, ${pLabel} = ${fmt3(r.qValue)})`, value: r.current }
    ),
    details: {
      metric: primary.metric,
      class_support: classSupport(primary.metric, primary.confusion ?? g.results.find((r) => r.confusion)?.confusion),
      baseline: primary.baseline,
      current: primary.current,
      delta: primary.delta,
      ciLow: primary.ci ? primary.ci[0] : null,
      ciHigh: primary.ci ? primary.ci[1] : null,
      pValue: primary.pValue,
      qValue: primary.qValue,
      test: primary.test,
      n: primary.nCurrent,
      nBase: primary.nBase,
      shareOfDrop: share2,
      rowShare: primary.nCurrent / a.nCurrent,
      localisation: localisation(share2, primary.nCurrent / a.nCurrent),
      sliceRank: null,
      strength_named: clamp012(segmentStrength(a, primary, share2, "point")),
      paired: a.paired,
      ...maeDetails(primary)
    },
    ...facts ? { errors: facts } : {}
  };
}
function maeDetails(r) {
  if (!r.mae) return {};
  return {
    maeBase: r.mae.base,
    maeCurrent: r.mae.cur,
    maeDelta: r.mae.delta,
    maeRelative: r.mae.base > 0 ? r.mae.delta / r.mae.base : null,
    maeCiLow: r.mae.ci ? r.mae.ci[0] : null,
    maeCiHigh: r.mae.ci ? r.mae.ci[1] : null,
    rmseBase: r.baseline,
    rmseCurrent: r.current,
    rmseDelta: r.delta
  };
}
function singleSliceKeys(slices) {
  return new Set(slices.filter((s) => s.conditions.length === 1).map((s) => `${s.conditions[0].column}\0${s.conditions[0].value}`));
}
function segmentSignals(a) {
  const out = [];
  const slices = a.slices?.slices ?? [];
  slices.forEach((s, i) => out.push(sliceSignal(a, s, i + 1)));
  const inSlices = singleSliceKeys(slices);
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
  const floorShift = cal.current.eceFloor - cal.baseline.eceFloor;
  const eceHolds = cal.ece.ci !== null && cal.ece.ci[0] - floorShift > 0;
  const worse = [cal.ece, cal.brier].filter(
    (m) => passes(m, a.options.alpha) && (m.name !== "ece" || eceHolds)
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
        { text: `ECE a calibrated model would show on these rows: ${fmt3(cal.baseline.eceFloor)} \u2192 ${fmt3(cal.current.eceFloor)} (finite-sample floor)`, value: cal.current.eceFloor },
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
  const w = b.worstChange;
  if (!w || !b.baseline) return null;
  const strength = pointsSeverity(conservativeSize(w.gapToRest, w.gapCi)) * noiseFactor(w.gapToRest, w.gapCi, a.options.alpha);
  const groupText = b.current.groups.map((g) => `${g.group} ${fmt3(g.accuracy)}`).join(", ");
  const baseText = b.baseline.groups.map((g) => `${g.group} ${fmt3(g.accuracy)}`).join(", ");
  const pts = (d) => `${(d * 100).toFixed(1)} pts`;
  return {
    category: "bias",
    area: "model",
    strength: clamp012(strength),
    significant: true,
    title: `Accuracy for ${b.column}=${w.group} fell ${pts(-w.delta)} (${fmt3(w.baseline)} \u2192 ${fmt3(w.current)}, n=${w.nCurrent}), ${pts(-w.gapToRest)} more than the rest of the data`,
    segment: { column: b.column, value: w.group },
    metric: "accuracy",
    source: a.table,
    evidence: [
      { text: `accuracy of ${b.column}=${w.group} ${fmt3(w.baseline)} \u2192 ${fmt3(w.current)} (${ciText(w.ci)}, ${w.test.replaceAll("_", " ")} p = ${fmt3(w.pValue)}, q = ${fmt3(w.qValue)})`, value: w.current },
      { text: `the rest of the data ${fmt3(w.restBaseline)} \u2192 ${fmt3(w.restCurrent)}; the group's change minus the rest's: ${ciText(w.gapCi)} (q = ${fmt3(w.gapQValue)})`, value: w.gapToRest },
      { text: `accuracy by ${b.column}: baseline ${baseText}; current ${groupText}`, value: b.current.maxAccuracyGap },
      ...b.gapDelta !== null ? [{ text: `change of the max accuracy gap: ${fmt3(b.gapDelta)} (${ciText(b.gapCi)})`, value: b.gapDelta }] : [],
      ...b.equalizedOddsDelta !== null ? [{ text: `equalized-odds difference changed by ${fmt3(b.equalizedOddsDelta)}`, value: b.equalizedOddsDelta }] : [],
      ...b.demographicParityDelta !== null ? [{ text: `demographic-parity difference changed by ${fmt3(b.demographicParityDelta)}`, value: b.demographicParityDelta }] : []
    ],
    details: {
      column: b.column,
      group: w.group,
      groupBase: w.baseline,
      groupCurrent: w.current,
      groupDelta: w.delta,
      restBase: w.restBaseline,
      restCurrent: w.restCurrent,
      restDelta: w.restDelta,
      gapToRest: w.gapToRest,
      gapToRestCiLow: w.gapCi ? w.gapCi[0] : null,
      gapToRestCiHigh: w.gapCi ? w.gapCi[1] : null,
      pValue: w.pValue,
      qValue: w.qValue,
      gapPValue: w.gapPValue,
      gapQValue: w.gapQValue,
      test: w.test,
      n: w.nCurrent,
      nBase: w.nBase,
      worstGroup: b.current.worstGroup,
      bestGroup: b.current.bestGroup,
      gapBase: b.baseline.maxAccuracyGap,
      gapCurrent: b.current.maxAccuracyGap,
      gapDelta: b.gapDelta,
      ciLow: b.gapCi ? b.gapCi[0] : null,
      ciHigh: b.gapCi ? b.gapCi[1] : null,
      maxGapPValue: b.gapPValue,
      demographicParityDelta: b.demographicParityDelta,
      equalizedOddsDelta: b.equalizedOddsDelta,
      groups: b.current.groups.length,
      paired: a.paired
    }
  };
}
function confirmatorySegmentSignals(a, columns) {
  const slices = a.slices?.slices ?? [];
  const inSlices = singleSliceKeys(slices);
  const groups = /* @__PURE__ */ new Map();
  for (const column2 of [...columns].sort()) {
    for (const metric of [...new Set(a.segments.filter((r) => r.column === column2).map((r) => r.metric))]) {
      const family = a.segments.filter((r) => r.column === column2 && r.metric === metric);
      const q = benjaminiHochberg(family.map((r) => r.pValue));
      family.forEach((r, i) => {
        if (!r.worse || r.significant || q[i] > a.options.alpha) return;
        const key = `${r.column}\0${r.value}`;
        if (inSlices.has(key) || a.segments.some((x) => x.column === r.column && x.value === r.value && x.significant && x.worse)) return;
        const g = groups.get(key) ?? { column: r.column, value: r.value, results: [] };
        g.results.push({ ...r, qValue: q[i] });
        groups.set(key, g);
      });
    }
  }
  return [...groups.values()].map((g) => {
    const s = segmentSignal(a, g);
    return {
      ...s,
      evidence: [...s.evidence, { text: `confirmatory test: \`${g.column}\` is named by a cause, so its ${a.segments.filter((r) => r.column === g.column && r.metric === g.results[0].metric).length} values form their own Benjamini\u2013Hochberg family` }],
      details: { ...s.details, confirmatory: true }
    };
  });
}
function performanceSignals(a) {
  if (!a.hasBaseline) return [];
  const bias2 = a.bias.map((b) => biasSignal(a, b)).filter((s) => s !== null);
  return [...metricSignals(a), ...segmentSignals(a), ...calibrationSignals(a), ...bias2];
}
function oneSidedWorse(pTwoSided, worse) {
  const half = Math.min(1, Math.max(0, pTwoSided)) / 2;
  return worse ? half : 1 - half;
}
function namedGroupSignals(a, groups, already) {
  const slices = singleSliceKeys(a.slices?.slices ?? []);
  const tested = groups.map((g) => {
    const results = a.segments.filter((r) => r.column === g.column && r.value === g.value);
    const primary = results.find((r) => r.metric === (a.task === "regression" ? "rmse" : "accuracy")) ?? results[0];
    return primary ? { g, primary, p: oneSidedWorse(primary.pValue, primary.worse) } : null;
  }).filter((t) => t !== null);
  const adjusted = holm(tested.map((t) => t.p));
  const out = [];
  tested.forEach((t, i) => {
    const key = `${t.g.column}\0${t.g.value}`;
    if (!t.primary.worse || adjusted[i] > a.options.alpha || already.has(key) || slices.has(key)) return;
    if (a.segments.some((x) => x.column === t.g.column && x.value === t.g.value && x.significant && x.worse)) return;
    const family = tested.length > 1 ? ` (Holm across the ${tested.length} groups the causes name)` : "";
    const s = segmentSignal(a, { column: t.g.column, value: t.g.value, results: [{ ...t.primary, qValue: adjusted[i] }] }, `one-sided p${family}`);
    out.push({
      ...s,
      evidence: [...s.evidence, { text: `tested alone and one-sided because a cause predicted this group would get worse: ${t.g.because}` }],
      details: { ...s.details, confirmatory: true, one_sided_p: adjusted[i], named_by: t.g.because }
    });
  });
  return out;
}
var CONFIRMATORY_METRICS = ["mae", "accuracy"];
function confirmatoryMetricSignals(a, because) {
  if (!a.hasBaseline) return [];
  const m = a.metrics.find((x) => CONFIRMATORY_METRICS.includes(x.name));
  if (!m || !measured(m) || m.pValue === null) return [];
  const worse = m.direction === "lower" ? m.delta > 0 : m.direction === "higher" ? m.delta < 0 : false;
  const p = oneSidedWorse(m.mcnemarP ?? m.pValue, worse);
  if (!worse || p > a.options.alpha || passes(m, a.options.alpha)) return [];
  const why = { text: `one-sided p = ${fmt3(p)}: the ${because} predicts a worse held-out ${LABELS[m.name]}, so this one metric, named in advance, is tested in that direction only`, value: p };
  return [metricSignal(a, m, errorFacts(a, a.confusion, null), [why], { one_sided_p: p, confirmatory: true, named_by: because })];
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
function roundDetails(d) {
  const out = {};
  for (const [k, v] of Object.entries(d)) out[k] = typeof v === "number" ? r6(v) : v;
  return out;
}
function clampStrength(s) {
  return Math.min(1, Math.max(0, Number(s.toFixed(4))));
}
function driftDetails(d) {
  const det = {
    comparison: d.comparison,
    psi: d.psi,
    psi_excess: d.psiExcess,
    psi_noise: d.psiNoise,
    p_value: d.pValue,
    q_value: d.qValue,
    n_base: d.nBase,
    n_cur: d.nCur,
    n: d.nCur,
    bins: d.bins
  };
  if (d.numeric) {
    Object.assign(det, {
      ks: d.numeric.ks,
      ks_p: d.numeric.ksP,
      wasserstein: d.numeric.wasserstein,
      wasserstein_scaled: d.numeric.wassersteinScaled,
      scale_iqr: d.numeric.scale,
      mean_base: d.numeric.meanBase,
      mean_cur: d.numeric.meanCur,
      median_base: d.numeric.medianBase,
      median_cur: d.numeric.medianCur
    });
  }
  if (d.categorical) {
    Object.assign(det, {
      chi2: d.categorical.chi2,
      chi2_p: d.categorical.chi2P,
      js: d.categorical.js,
      unseen_share: d.categorical.unseenShare,
      vanished_share: d.categorical.vanishedShare,
      unseen: d.categorical.unseen.map((u) => u.value).join(", ") || null,
      vanished: d.categorical.vanished.map((u) => u.value).join(", ") || null
    });
  }
  const moves2 = d.categorical?.topMoves ?? d.numeric?.valueMoves ?? null;
  const fell = moves2?.filter((m) => m.base > 0 && m.cur < m.base).sort((x, y) => x.cur / x.base - y.cur / y.base)[0];
  if (fell) Object.assign(det, { most_reduced_value: fell.value, most_reduced_base: fell.base, most_reduced_cur: fell.cur });
  else if (d.numeric && d.numeric.valueMoves === null && d.numeric.reducedAt !== null) det.most_reduced_at = d.numeric.reducedAt;
  if (d.segment) {
    Object.assign(det, {
      segment_psi: d.segment.psiIn,
      segment_psi_excess: d.segment.psiInExcess,
      outside_psi: d.segment.psiOut,
      outside_psi_excess: d.segment.psiOutExcess,
      segment_n_base: d.segment.nBase,
      segment_n_cur: d.segment.nCur,
      segment_share: d.segment.share,
      segment_q: d.segment.qValue
    });
    if (d.segment.shiftIn !== null) det.segment_shift_sd = d.segment.shiftIn;
  }
  if (d.baseline) Object.assign(det, { psi_baseline: d.baseline.psi, psi_excess_baseline: d.baseline.psiExcess });
  if (d.explainedBy) det.explained_by = d.explainedBy;
  return roundDetails(det);
}
function driftEvidence(d) {
  const ev = [{ text: `PSI ${num(d.psi)} (no-change level ${num(d.psiNoise)}, ${d.bins} bins)`, value: r6(d.psi) ?? 0 }];
  if (d.numeric) {
    ev.push({ text: `KS ${num(d.numeric.ks)}, p ${num(d.numeric.ksP)} (${d.numeric.ksMethod})`, value: r6(d.numeric.ks) ?? 0 });
    ev.push({ text: `median ${num(d.numeric.medianBase)} \u2192 ${num(d.numeric.medianCur)}; Wasserstein ${num(d.numeric.wassersteinScaled)} \xD7 IQR`, value: r6(d.numeric.wassersteinScaled) ?? 0 });
  }
  if (d.categorical) {
    ev.push({ text: `chi-square p ${num(d.categorical.chi2P)}, Jensen-Shannon ${num(d.categorical.js)}`, value: r6(d.categorical.js) ?? 0 });
    const moves2 = d.categorical.topMoves.slice(0, 3).map((m) => `${m.value} ${pct3(m.base)} \u2192 ${pct3(m.cur)}`);
    if (moves2.length) ev.push({ text: `largest moves: ${moves2.join("; ")}` });
    if (d.categorical.unseen.length) ev.push({ text: `new values (${pct3(d.categorical.unseenShare)} of rows): ${d.categorical.unseen.slice(0, 5).map((u) => u.value).join(", ")}`, value: r6(d.categorical.unseenShare) ?? 0 });
    if (d.categorical.vanished.length) ev.push({ text: `vanished values (${pct3(d.categorical.vanishedShare)} of baseline rows): ${d.categorical.vanished.slice(0, 5).map((u) => u.value).join(", ")}`, value: r6(d.categorical.vanishedShare) ?? 0 });
  }
  if (d.segment) {
    ev.push({
      text: `within ${d.segment.column}=${d.segment.value}: PSI ${num(d.segment.psiIn)} (n ${d.segment.nBase} \u2192 ${d.segment.nCur}); outside it: PSI ${num(d.segment.psiOut)}`,
      value: r6(d.segment.psiIn) ?? 0
    });
  }
  if (d.baseline) ev.push({ text: `same comparison in the baseline run: PSI ${num(d.baseline.psi)}`, value: r6(d.baseline.psi) ?? 0 });
  if (d.explainedBy === "data_quality:sentinel") ev.push({ text: "explained by a sentinel value filled into the same feature (data quality)" });
  else if (d.explainedBy?.startsWith("feature_drift:") && d.segment)
    ev.push({ text: `moved with ${d.explainedBy.slice("feature_drift:".length)} inside ${d.segment.column}=${d.segment.value}, less far in its own spread (${num(d.segment.shiftIn ?? NaN)} SD): a feature correlated with the one the rows were selected on` });
  else if (d.explainedBy) ev.push({ text: `explained by a preprocessing skew of the same feature (${d.explainedBy.replace("preprocessing:", "")})` });
  return ev;
}
function driftTitle(d) {
  const key = d.numeric ? `KS ${num(d.numeric.ks)}` : d.categorical ? `JS ${num(d.categorical.js)}` : "";
  if (d.segment) {
    return `PSI ${num(d.segment.psiIn)} for ${d.feature} within ${d.segment.column}=${d.segment.value} (n=${d.segment.nCur}); outside it ${num(d.segment.psiOut)}`;
  }
  if (d.comparison === "train_vs_eval") {
    return `${d.feature} differs between training sample and eval: PSI ${num(d.psi)}${d.baseline ? ` (baseline run ${num(d.baseline.psi)})` : ""}`;
  }
  if (d.comparison === "reference") return `Training sample changed for ${d.feature}: PSI ${num(d.psi)}, ${key} (n=${d.nCur})`;
  return `${d.feature} drifted: PSI ${num(d.psi)}, ${key} (n=${d.nCur})`;
}
function driftSignal(d) {
  return {
    category: "feature_drift",
    area: "data",
    strength: clampStrength(d.strength),
    significant: d.significant,
    title: driftTitle(d),
    feature: d.feature,
    ...d.segment ? { segment: { column: d.segment.column, value: d.segment.value } } : {},
    source: d.source,
    evidence: driftEvidence(d),
    details: driftDetails(d)
  };
}
function movesText(d) {
  const m = d.categorical?.topMoves[0];
  if (m) return ` (${m.value} ${pct3(m.base)} \u2192 ${pct3(m.cur)})`;
  if (d.numeric) return ` (median ${num(d.numeric.medianBase)} \u2192 ${num(d.numeric.medianCur)})`;
  return "";
}
function referenceSignal(group) {
  const top = group[0];
  const sig = driftSignal(top);
  const others = group.slice(1);
  const title = `Training sample changed: ${group.slice(0, 3).map((d) => `${d.feature} PSI ${num(d.psi)}${d === top ? movesText(d) : ""}`).join(", ")}${others.length > 2 ? ` and ${others.length - 2} more` : ""} (n=${top.nBase} \u2192 ${top.nCur})`;
  return {
    ...sig,
    title,
    evidence: [
      ...sig.evidence,
      ...others.slice(0, 5).map((d) => ({ text: `${d.feature}: PSI ${num(d.psi)}${movesText(d)}`, value: r6(d.psi) ?? 0 }))
    ],
    details: { ...sig.details, drifted_columns: group.length, other_columns: others.map((d) => d.feature).join(", ") || null }
  };
}
function leadFirst(group) {
  if (!group[0]?.numeric) return group;
  const lead = group.reduce((b, d) => d.numeric && d.numeric.ks > b.numeric.ks ? d : b, group[0]);
  return [lead, ...group.filter((d) => d !== lead)];
}
function driftSignals(a) {
  const flagged = a.drift.filter((d) => d.flagged);
  const evalFlagged = new Set(flagged.filter((d) => d.comparison === "eval").map((d) => d.feature));
  const refGroups = /* @__PURE__ */ new Map();
  for (const d of flagged) {
    if (d.comparison !== "reference") continue;
    const g = refGroups.get(d.source) ?? [];
    g.push(d);
    refGroups.set(d.source, g);
  }
  const refFeatures = /* @__PURE__ */ new Set();
  for (const [src, g] of refGroups) for (const d of g) refFeatures.add(`${src}\0${d.feature}`);
  const out = [];
  for (const d of flagged) {
    if (d.comparison === "reference") continue;
    if (d.comparison === "train_vs_eval") {
      if (evalFlagged.has(d.feature)) continue;
      const refPath = d.source.split(" vs ")[0];
      if (refFeatures.has(`${refPath}\0${d.feature}`)) continue;
    }
    out.push(driftSignal(d));
  }
  for (const g of refGroups.values()) out.push(referenceSignal(leadFirst(g.slice().sort((x, y) => y.strength - x.strength || (x.feature < y.feature ? -1 : 1)))));
  return out;
}
function shiftSignal(s, category) {
  const what = { label: "Label", predicted_class: "Predicted class", score: "Score", confidence: "Top-class confidence", prediction: "Prediction" }[s.what];
  const moves2 = s.shares.slice().sort((x, y) => Math.abs(y.cur - y.base) - Math.abs(x.cur - x.base)).slice(0, 3);
  const head = s.comparison === "reference" ? `${what} mix of the training sample` : `${what} distribution`;
  const title = moves2.length > 0 ? `${head} moved: ${moves2.map((m) => `${m.value} ${pct3(m.base)} \u2192 ${pct3(m.cur)}`).join(", ")} (PSI ${num(s.psi)})` : `${head} moved: PSI ${num(s.psi)}${s.numeric ? `, KS ${num(s.numeric.ks)}, median ${num(s.numeric.medianBase)} \u2192 ${num(s.numeric.medianCur)}` : ""}`;
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
  for (const m of moves2) {
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
  const drift = a.drift.find((d) => d.feature === p.feature && d.comparison === p.comparison) ?? a.drift.find((d) => d.feature === p.feature);
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
  } else if (p.kind === "swapped") {
    title = `${p.feature} and ${p.partner ?? "?"} swapped: each now holds the other's values (${p.matchedRows} matched rows)`;
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
        segment_q: seg2.qValue,
        segment_coverage: seg2.coverage
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
    const paired = n.changedContradicted > 0;
    out.push({
      category: "label_noise",
      area: "data",
      strength: paired ? clampStrength(n.strength) : Math.min(0.45, clampStrength(n.strength)),
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
  const title = l.kind === "train_overlap" ? `${pct3(l.cur)} of eval rows are in the training sample ${l.reference}${l.base !== null ? ` (baseline ${pct3(l.base)})` : ""} (n=${l.n})` : `${l.feature} alone predicts the label: ${l.details.measure === "auc" ? "AUC" : l.details.measure === "lambda" ? "\u03BB" : "|corr|"} ${l.cur.toFixed(4)}${l.base !== null ? ` (baseline ${l.base.toFixed(4)})` : ""}`;
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

// src/analysis/summary/from-rows.ts
function binaryAcc(slots, y, p) {
  const a = new Float64Array(slots * 4);
  return {
    add(s, i) {
      const pos = y[i] === 1;
      const hit = p[i] === 1;
      a[s * 4 + (pos ? hit ? 0 : 2 : hit ? 1 : 3)] += 1;
    },
    cell(s) {
      const [tp, fp, fn, tn] = [a[s * 4], a[s * 4 + 1], a[s * 4 + 2], a[s * 4 + 3]];
      return { n: tp + fp + fn + tn, tp, fp, fn, tn };
    }
  };
}
function regressionAcc(slots, y, p) {
  const a = new Float64Array(slots * 7);
  return {
    add(s, i) {
      const e = p[i] - y[i];
      const o = s * 7;
      const e2 = e * e;
      a[o] += 1;
      a[o + 1] += e;
      a[o + 2] += e2;
      a[o + 3] += Math.abs(e);
      a[o + 4] += e2 * e2;
      a[o + 5] += y[i];
      a[o + 6] += y[i] * y[i];
    },
    cell(s) {
      const o = s * 7;
      return { n: a[o], sum_err: a[o + 1], sum_sq_err: a[o + 2], sum_abs_err: a[o + 3], sum_err4: a[o + 4], sum_y: a[o + 5], sum_y2: a[o + 6] };
    }
  };
}
function sketchEdges(sorted) {
  return { edges: Array.from(quantileEdges(sorted, SKETCH_BINS)), psiEdges: Array.from(quantileEdges(sorted, PSI_BINS)) };
}
function sketchOf(column2, role, values, missingAt, rows, fixed, acc) {
  let m = 0;
  const finite = new Float64Array(rows.length);
  let sum2 = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const v = values[i];
    if (missingAt && missingAt(i) || v - v !== 0) continue;
    finite[m++] = v;
    sum2 += v;
  }
  const sorted = sortFloat64InPlace(finite.subarray(0, m));
  const { edges, psiEdges } = fixed ? { edges: fixed.edges.slice(), psiEdges: fixed.psi_edges.slice() } : sketchEdges(sorted);
  const e = Float64Array.from(edges);
  const counts3 = new Array(edges.length + 1).fill(0);
  const cells = acc ? acc(edges.length + 1) : null;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const v = values[i];
    if (missingAt && missingAt(i) || v - v !== 0) continue;
    const b = binIndex(e, v);
    counts3[b]++;
    cells?.add(b, i);
  }
  return {
    column: column2,
    role,
    edges,
    psi_edges: psiEdges,
    counts: counts3,
    ...cells ? { cells: counts3.map((_, b) => cells.cell(b)) } : {},
    missing: rows.length - m,
    sum: sum2,
    min: m > 0 ? sorted[0] : null,
    max: m > 0 ? sorted[m - 1] : null
  };
}
function categoriesOf(col, rows, feature, segment, acc) {
  const index = /* @__PURE__ */ new Map();
  const labels = [];
  const slotOf = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const t = cellText(col, rows[k]);
    const key = t === "" ? MISSING_LABEL : t;
    let s = index.get(key);
    if (s === void 0) {
      s = labels.length;
      labels.push(key);
      index.set(key, s);
    }
    slotOf[k] = s;
  }
  const a = acc(labels.length);
  for (let k = 0; k < rows.length; k++) a.add(slotOf[k], rows[k]);
  const values = labels.map((value, s) => ({ value, cell: a.cell(s) })).sort((x, y) => x.value < y.value ? -1 : x.value > y.value ? 1 : 0);
  return { column: col.name, feature, segment, values };
}
function fewDistinct(col, rows) {
  if (col.kind !== "number") return true;
  const seen = /* @__PURE__ */ new Set();
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (col.missing[r] || !Number.isFinite(col.values[r])) continue;
    seen.add(col.values[r]);
    if (seen.size > MAX_NUMERIC_CATEGORIES) return false;
  }
  return true;
}
function summarizeView(v, baseline, source = v.path) {
  if (v.task === "multiclass") throw new InputError(v.path, `column '${v.labelColumn}'`, "multiclass tables are not supported by summary version 1 (binary and regression are)");
  if (v.weight) throw new InputError(v.path, "weight column", "weighted rows are not supported by summary version 1; drop the weight column or diagnose the rows");
  if (!v.yPred) throw new InputError(v.path, "header", "no prediction or score column: a summary needs predictions");
  if (baseline && baseline.task !== v.task) throw new InputError(v.path, null, `task ${v.task} differs from the baseline summary's ${baseline.task}`);
  const rows = usableRows(v, capabilities(null, v));
  const y = v.yTrue;
  const p = v.yPred;
  const acc = (slots) => v.task === "binary" ? binaryAcc(slots, y, p) : regressionAcc(slots, y, p);
  const overallAcc = acc(1);
  for (let k = 0; k < rows.length; k++) overallAcc.add(0, rows[k]);
  const baseSketch = (column2, role) => baseline?.sketches.find((s) => s.column === column2 && s.role === role);
  const baseCats = (column2) => baseline?.categories.find((c) => c.column === column2);
  const sketches = [];
  const categories = [];
  let scoreHist = null;
  if (v.task === "binary" && v.score) {
    const s = v.score;
    let inUnit = true;
    for (let k = 0; k < rows.length && inUnit; k++) inUnit = s[rows[k]] >= 0 && s[rows[k]] <= 1;
    if (inUnit) {
      const pos = new Array(SCORE_BINS).fill(0);
      const neg = new Array(SCORE_BINS).fill(0);
      for (let k = 0; k < rows.length; k++) {
        const i = rows[k];
        const b = Math.min(SCORE_BINS - 1, Math.floor(s[i] * SCORE_BINS));
        if (y[i] === 1) pos[b]++;
        else neg[b]++;
      }
      scoreHist = { pos, neg };
    }
    sketches.push(sketchOf(v.scoreColumn, "score", s, null, rows, baseSketch(v.scoreColumn, "score"), null));
  }
  if (v.task === "regression") {
    sketches.push(sketchOf(v.labelColumn, "label", y, null, rows, baseSketch(v.labelColumn, "label"), null));
    sketches.push(sketchOf(v.predColumn ?? "prediction", "pred", p, null, rows, baseSketch(v.predColumn ?? "prediction", "pred"), null));
  }
  const segmentCols = new Set(v.segmentColumns);
  for (const col of v.features) {
    if (col.kind === "number") {
      const fixed = baseSketch(col.name, "feature");
      sketches.push(sketchOf(col.name, "feature", col.values, (i) => col.missing[i] === 1, rows, fixed, acc));
      const asCategory = baseline ? baseCats(col.name)?.segment === true : fewDistinct(col, rows);
      if (asCategory || segmentCols.has(col.name)) categories.push(categoriesOf(col, rows, false, true, acc));
    } else {
      categories.push(categoriesOf(col, rows, true, segmentCols.has(col.name), acc));
    }
  }
  return {
    summary_version: SUMMARY_VERSION,
    source,
    task: v.task,
    classes: v.task === "binary" ? v.classes.slice() : [],
    columns: { label: v.labelColumn, pred: v.predColumn, score: v.scoreColumn },
    overall: overallAcc.cell(0),
    score_hist: scoreHist,
    sketches,
    categories
  };
}

// src/analysis/summary/sketch.ts
function decileCounts(s) {
  const pe = Float64Array.from(s.psi_edges);
  const out = new Float64Array(pe.length + 1);
  for (let b = 0; b < s.counts.length; b++) {
    const d = b < s.edges.length ? binIndex(pe, s.edges[b]) : pe.length;
    out[d] += s.counts[b];
  }
  return out;
}
function total2(a) {
  let t = 0;
  for (const x of a) t += x;
  return t;
}
function cdfAtEdges(s) {
  const n = total2(s.counts);
  const out = new Float64Array(s.edges.length);
  let c = 0;
  for (let b = 0; b < s.edges.length; b++) {
    c += s.counts[b];
    out[b] = n > 0 ? c / n : 0;
  }
  return out;
}
function ksBounds(base, cur) {
  const fb = cdfAtEdges(base);
  const fc = cdfAtEdges(cur);
  let lower = 0;
  let upper = 0;
  for (let b = 0; b <= fb.length; b++) {
    const hiB = b < fb.length ? fb[b] : 1;
    const hiC = b < fc.length ? fc[b] : 1;
    const loB = b > 0 ? fb[b - 1] : 0;
    const loC = b > 0 ? fc[b - 1] : 0;
    if (b < fb.length) lower = Math.max(lower, Math.abs(hiB - hiC));
    upper = Math.max(upper, Math.abs(hiB - loC), Math.abs(hiC - loB));
  }
  return { lower, upper: Math.max(upper, lower) };
}
function quantileOf(s, q) {
  const f = cdfAtEdges(s);
  for (let b = 0; b < f.length; b++) if (f[b] >= q) return s.edges[b];
  return s.max ?? NaN;
}
function wassersteinOf(base, cur) {
  const fb = cdfAtEdges(base);
  const fc = cdfAtEdges(cur);
  const lo = Math.min(base.min ?? Infinity, cur.min ?? Infinity);
  const hi = Math.max(base.max ?? -Infinity, cur.max ?? -Infinity);
  const e = base.edges;
  if (e.length === 0) return Math.abs(base.sum / Math.max(1, total2(base.counts)) - cur.sum / Math.max(1, total2(cur.counts)));
  let w = 0;
  w += Math.abs(fb[0] - fc[0]) / 2 * Math.max(0, e[0] - lo);
  for (let b = 0; b + 1 < e.length; b++) w += Math.abs(fb[b] - fc[b]) * (e[b + 1] - e[b]);
  const last = e.length - 1;
  w += Math.abs(fb[last] - fc[last]) / 2 * Math.max(0, hi - e[last]);
  return w;
}
function compareSketches(base, cur) {
  const nb = total2(base.counts);
  const nc = total2(cur.counts);
  if (nb === 0 || nc === 0) return null;
  const bc = decileCounts(base);
  const cc = decileCounts(cur);
  let occupied = 0;
  for (let i = 0; i < bc.length; i++) if (bc[i] + cc[i] > 0) occupied++;
  const p = psi(bc, cc);
  const noise = psiNoiseFloor(occupied, nb, nc);
  const ks = ksBounds(base, cur);
  const test = ksPValue(ks.lower, nb, nc, { method: "asymp" });
  const iqr = quantileOf(base, 0.75) - quantileOf(base, 0.25);
  const meanB = base.sum / nb;
  const scale = iqr > 0 ? iqr : 1;
  const w = wassersteinOf(base, cur);
  return {
    kind: "number",
    nBase: nb,
    nCur: nc,
    bins: bc.length,
    psi: p,
    psiNoise: noise,
    psiExcess: Math.max(0, p - noise),
    pValue: test.pValue,
    ksUpper: ks.upper,
    numeric: {
      ks: ks.lower,
      ksP: test.pValue,
      ksMethod: "asymp",
      wasserstein: w,
      scale,
      wassersteinScaled: w / scale,
      meanBase: meanB,
      meanCur: cur.sum / nc,
      medianBase: quantileOf(base, 0.5),
      medianCur: quantileOf(cur, 0.5),
      // Named for a changed training sample, which the summary path does not compare.
      reducedAt: null,
      // A sketch keeps quantiles, not per-value counts: no value moves on the summary path.
      valueMoves: null
    },
    categorical: null
  };
}
function sameEdges(a, b) {
  return a.edges.length === b.edges.length && a.edges.every((e, i) => e === b.edges[i]) && a.psi_edges.length === b.psi_edges.length;
}

// src/analysis/summary/analyze.ts
var isBinary = (c) => "tp" in c;
function confusionMetrics(c) {
  const out = {};
  const n = c.n;
  if (n === 0) return out;
  const acc = (c.tp + c.tn) / n;
  out.accuracy = { value: acc, variance: acc * (1 - acc) / n };
  if (c.tp + c.fp > 0) {
    const p = c.tp / (c.tp + c.fp);
    out.precision = { value: p, variance: p * (1 - p) / (c.tp + c.fp) };
  }
  if (c.tp + c.fn > 0) {
    const r = c.tp / (c.tp + c.fn);
    out.recall = { value: r, variance: r * (1 - r) / (c.tp + c.fn) };
  }
  const d = 2 * c.tp + c.fp + c.fn;
  if (d > 0) {
    const a = c.tp / n;
    const D = d / n;
    const lTp = 2 * (c.fp / n + c.fn / n) / (D * D);
    const lErr = -2 * a / (D * D);
    const mean = a * lTp + (c.fp + c.fn) / n * lErr;
    const second = a * lTp * lTp + (c.fp + c.fn) / n * lErr * lErr;
    out.f1 = { value: 2 * c.tp / d, variance: Math.max(0, second - mean * mean) / n };
  }
  return out;
}
function histogramAuc(pos, neg) {
  let P = 0;
  let N = 0;
  for (let b = 0; b < pos.length; b++) {
    P += pos[b];
    N += neg[b];
  }
  if (P === 0 || N === 0) return null;
  let negBelow = 0;
  let s = 0;
  let tied = 0;
  const v10 = new Float64Array(pos.length);
  for (let b = 0; b < pos.length; b++) {
    v10[b] = (negBelow + 0.5 * neg[b]) / N;
    s += pos[b] * v10[b];
    tied += pos[b] * neg[b];
    negBelow += neg[b];
  }
  const auc = s / P;
  let posAbove = 0;
  let s10 = 0;
  let s01 = 0;
  for (let b = pos.length - 1; b >= 0; b--) {
    const v01 = (posAbove + 0.5 * pos[b]) / P;
    s01 += neg[b] * (v01 - auc) ** 2;
    s10 += pos[b] * (v10[b] - auc) ** 2;
    posAbove += pos[b];
  }
  const variance = (P > 1 ? s10 / (P - 1) / P : 0) + (N > 1 ? s01 / (N - 1) / N : 0);
  return { auc, variance, bound: 0.5 * tied / (P * N) };
}
function regressionMetrics(c) {
  const n = c.n;
  if (n === 0) return {};
  const mse = c.sum_sq_err / n;
  const mae = c.sum_abs_err / n;
  const me = c.sum_err / n;
  const varMse = Math.max(0, c.sum_err4 / n - mse * mse) / n;
  const rmse = Math.sqrt(mse);
  const out = {
    rmse: { value: rmse, variance: rmse > 0 ? varMse / (4 * mse) : 0 },
    mae: { value: mae, variance: Math.max(0, mse - mae * mae) / n },
    mean_error: { value: me, variance: Math.max(0, mse - me * me) / n }
  };
  const sst = c.sum_y2 - c.sum_y * c.sum_y / n;
  if (sst > 0) out.r2 = { value: 1 - c.sum_sq_err / sst, variance: null };
  return out;
}
function estimates(s) {
  if (isBinary(s.overall)) {
    const values = confusionMetrics(s.overall);
    const h = s.score_hist ? histogramAuc(s.score_hist.pos, s.score_hist.neg) : null;
    if (h) values.auc = { value: h.auc, variance: h.variance };
    return { values, aucBound: h ? h.bound : null };
  }
  return { values: regressionMetrics(s.overall), aucBound: null };
}
function headline(base, cur, opts, notes) {
  const b = estimates(base);
  const c = estimates(cur);
  if (b.aucBound !== null && c.aucBound !== null) {
    notes.push(`AUC from ${1e3}-bin score histograms: within ${fmtBound(b.aucBound)} (baseline) and ${fmtBound(c.aucBound)} (current) of the rows' AUC (pairs sharing a bin counted \xBD).`);
  }
  const names = Object.keys(c.values).filter((k) => b.values[k] !== void 0);
  const z = normalQuantile(1 - opts.alpha / 2);
  const rows = names.map((name2) => {
    const eb = b.values[name2];
    const ec = c.values[name2];
    const delta = ec.value - eb.value;
    const se = eb.variance !== null && ec.variance !== null ? Math.sqrt(eb.variance + ec.variance) : null;
    const p = se === null ? null : se > 0 ? normalTwoSidedP(delta / se) : delta === 0 ? 1 : 0;
    const ci = se === null ? null : [delta - z * se, delta + z * se];
    return { name: name2, eb, ec, delta, p, ci };
  });
  const tested = rows.filter((r) => r.p !== null);
  const q = benjaminiHochberg(tested.map((r) => r.p));
  return rows.map((r) => {
    const significant = r.ci !== null && (r.ci[0] > 0 || r.ci[1] < 0);
    const qi = tested.indexOf(r);
    return {
      name: r.name,
      direction: METRIC_INFO[r.name].direction,
      baseline: r.eb.value,
      current: r.ec.value,
      delta: r.delta,
      ci: r.ci,
      pValue: r.p,
      mcnemarP: null,
      qValue: qi >= 0 ? q[qi] : null,
      test: r.ci ? "unpaired_delta_method" : "none",
      significant,
      status: statusOf(r.name, r.eb.value, r.ec.value, significant)
    };
  });
}
function fmtBound(x) {
  return x === 0 ? "0" : x.toExponential(1);
}
function putMoments(m, block2, c) {
  const n = c.n;
  const s1 = isBinary(c) ? c.tp + c.tn : c.sum_sq_err;
  const s2 = isBinary(c) ? s1 : c.sum_err4;
  m[block2 + N_ROWS] = n;
  m[block2 + S0] = n;
  m[block2 + S1] = s1;
  m[block2 + Q0] = n;
  m[block2 + Q1] = s1;
  m[block2 + Q2] = s2;
}
function primaryMean(c) {
  return isBinary(c) ? (c.tp + c.tn) / c.n : c.sum_sq_err / c.n;
}
function sumCells(cells, from, to, task) {
  if (task === "binary") {
    const o2 = { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
    for (let b = from; b < to; b++) {
      const c = cells[b];
      o2.n += c.n;
      o2.tp += c.tp;
      o2.fp += c.fp;
      o2.fn += c.fn;
      o2.tn += c.tn;
    }
    return o2;
  }
  const o = { n: 0, sum_err: 0, sum_sq_err: 0, sum_abs_err: 0, sum_err4: 0, sum_y: 0, sum_y2: 0 };
  for (let b = from; b < to; b++) {
    const c = cells[b];
    o.n += c.n;
    o.sum_err += c.sum_err;
    o.sum_sq_err += c.sum_sq_err;
    o.sum_abs_err += c.sum_abs_err;
    o.sum_err4 += c.sum_err4;
    o.sum_y += c.sum_y;
    o.sum_y2 += c.sum_y2;
  }
  return o;
}
var QUINTILE_LEVELS = [0.2, 0.4, 0.6, 0.8];
function short(x) {
  return String(Number(x.toPrecision(4)));
}
function numericGroups(b, c, task) {
  if (!b.cells || !c.cells) return [];
  const n = b.counts.reduce((x, y) => x + y, 0);
  if (n === 0) return [];
  const cuts = [];
  let cum = 0;
  let level = 0;
  for (let k = 0; k < b.edges.length && level < QUINTILE_LEVELS.length; k++) {
    cum += b.counts[k];
    if (cum / n >= QUINTILE_LEVELS[level]) {
      cuts.push(k + 1);
      while (level < QUINTILE_LEVELS.length && cum / n >= QUINTILE_LEVELS[level]) level++;
    }
  }
  const bounds = [0, ...cuts.filter((k) => k < b.counts.length), b.counts.length];
  const lo = Math.min(b.min ?? Infinity, c.min ?? Infinity);
  const hi = Math.max(b.max ?? -Infinity, c.max ?? -Infinity);
  const out = [];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const from = bounds[g];
    const to = bounds[g + 1];
    const left = from === 0 ? `[${short(lo)}` : `(${short(b.edges[from - 1])}`;
    const right = to === b.counts.length ? `${short(hi)}]` : `${short(b.edges[to - 1])}]`;
    out.push({ column: b.column, value: `${left}, ${right}`, kind: "bin", base: sumCells(b.cells, from, to, task), cur: sumCells(c.cells, from, to, task) });
  }
  return out.length >= 2 ? out : [];
}
function segmentResults(base, cur, opts, overallDrop) {
  const task = cur.task;
  const groups = [];
  for (const cc of cur.categories) {
    const bc = base.categories.find((x) => x.column === cc.column);
    if (!bc || !cc.segment) continue;
    const values = [.../* @__PURE__ */ new Set([...bc.values.map((v) => v.value), ...cc.values.map((v) => v.value)])];
    if (values.length < 2) continue;
    for (const value of values) {
      const b = bc.values.find((v) => v.value === value)?.cell;
      const c = cc.values.find((v) => v.value === value)?.cell;
      if (b && c) groups.push({ column: cc.column, value, kind: "category", base: b, cur: c });
    }
  }
  const categorical = new Set(cur.categories.filter((c) => c.segment).map((c) => c.column));
  for (const cs of cur.sketches) {
    if (cs.role !== "feature" || categorical.has(cs.column)) continue;
    const bs = base.sketches.find((x) => x.column === cs.column && x.role === "feature");
    if (bs && sameEdges(bs, cs)) groups.push(...numericGroups(bs, cs, task));
  }
  const setup = { kind: task === "binary" ? "class" : "reg", paired: false, weighted: false };
  const nCur = cur.overall.n;
  const pending = [];
  for (const g of groups) {
    if (Math.min(g.base.n, g.cur.n) < Math.max(1, opts.minSupport) || g.value === MISSING_LABEL) continue;
    const m = new Float64Array(M);
    putMoments(m, 0, g.base);
    putMoments(m, CUR, g.cur);
    const interval = { rng: createRng(deriveSeed(opts.seed, `segment:${g.column}=${g.value}:${setup.kind === "class" ? "accuracy" : "rmse"}`)), resamples: opts.resamples, level: 1 - opts.alpha };
    const t = primaryTest(m, 0, setup, interval);
    if (!t) continue;
    const worsening2 = setup.kind === "class" ? t.meanBase - t.meanCur : t.meanCur - t.meanBase;
    const mass = g.cur.n / nCur * worsening2;
    pending.push({
      column: g.column,
      value: g.value,
      kind: g.kind,
      metric: setup.kind === "class" ? "accuracy" : "rmse",
      nBase: g.base.n,
      nCurrent: g.cur.n,
      baseline: t.base,
      current: t.cur,
      delta: t.delta,
      ci: t.ci,
      pValue: t.p,
      worse: setup.kind === "class" ? t.delta < 0 : t.delta > 0,
      test: t.test,
      dropMass: mass,
      shareOfDrop: overallDrop > 0 ? mass / overallDrop : null,
      ...isBinary(g.base) && isBinary(g.cur) ? { confusion: summaryCells(g.base, g.cur) } : {},
      moments: m
    });
  }
  const q = benjaminiHochberg(pending.map((p) => p.pValue));
  return pending.map((p, i) => ({ ...p, qValue: q[i], significant: q[i] <= opts.alpha }));
}
function firstSlice(segments, base, cur, overallDrop, kind) {
  const nCur = cur.n;
  const minMass = overallDrop > 0 ? MIN_MARGINAL_SHARE * overallDrop : 0;
  const worsening2 = (mb, mc) => kind === "class" ? mb - mc : mc - mb;
  const steps = segments.filter((r) => r.worse && r.significant && r.dropMass > minMass).map((r) => {
    const m = r.moments;
    const se = r.nCurrent / nCur * deltaStandardError(m, 0, false);
    const restB = { n: base.n - m[N_ROWS], s: primarySum(base) - m[S1] };
    const restC = { n: cur.n - m[CUR + N_ROWS], s: primarySum(cur) - m[CUR + S1] };
    const dIn = worsening2(m[S1] / m[N_ROWS], m[CUR + S1] / m[CUR + N_ROWS]);
    const dOut = restB.n > 0 && restC.n > 0 ? worsening2(restB.s / restB.n, restC.s / restC.n) : NaN;
    const nIn = m[CUR + N_ROWS];
    const score = Number.isFinite(dOut) && dIn > dOut ? nIn * restC.n / (nIn + restC.n) * (dIn - dOut) ** 2 : 0;
    return { r, se, score };
  });
  const slices = [];
  if (steps.length > 0) {
    const top = steps.reduce((a, b) => b.r.dropMass > a.r.dropMass ? b : a);
    const pick2 = steps.filter((x) => x.r.dropMass >= top.r.dropMass - top.se).reduce((a, b) => b.score > a.score || b.score === a.score && b.r.dropMass > a.r.dropMass ? b : a);
    const r = pick2.r;
    slices.push({
      conditions: [{ column: r.column, value: r.value }],
      metric: r.metric,
      nBase: r.nBase,
      nCurrent: r.nCurrent,
      baseline: r.baseline,
      current: r.current,
      delta: r.delta,
      ci: r.ci,
      pValue: r.pValue,
      qValue: r.qValue,
      test: r.test,
      dropMass: r.dropMass,
      shareOfDrop: r.shareOfDrop,
      marginalShare: r.shareOfDrop,
      ...r.confusion ? { confusion: r.confusion } : {}
    });
  }
  return {
    metric: kind === "class" ? "accuracy" : "rmse",
    overallDrop,
    slices,
    explainedShare: slices.length > 0 && overallDrop > 0 ? slices[0].dropMass / overallDrop : overallDrop > 0 ? 0 : null,
    candidatesTested: segments.length
  };
}
function primarySum(c) {
  return isBinary(c) ? c.tp + c.tn : c.sum_sq_err;
}
function summaryCells(b, c) {
  return { k: 2, base: [b.tn, b.fp, b.fn, b.tp], current: [c.tn, c.fp, c.fn, c.tp], baseWeightSquares: b.n, currentWeightSquares: c.n };
}
function trivial(s) {
  const c = s.overall;
  if (isBinary(c)) {
    const pos = c.tp + c.fn;
    const neg = c.n - pos;
    return { majorityAccuracy: c.n ? Math.max(pos, neg) / c.n : null, majorityClass: pos > neg ? s.classes[1] : s.classes[0], priorLogLoss: null, meanRmse: null };
  }
  const sst = c.sum_y2 - c.sum_y * c.sum_y / c.n;
  return { majorityAccuracy: null, majorityClass: null, priorLogLoss: null, meanRmse: c.n ? Math.sqrt(Math.max(0, sst) / c.n) : null };
}
function summaryPerformance(base, cur, opts) {
  const notes = ["Compared from summaries (docs/summary.md): unpaired, with analytic intervals; paired tests, slices of two conditions, calibration and bias checks need rows."];
  const metrics = headline(base, cur, opts, notes);
  const kind = cur.task === "binary" ? "class" : "reg";
  const overallDrop = cur.overall.n && base.overall.n ? cur.task === "binary" ? primaryMean(base.overall) - primaryMean(cur.overall) : primaryMean(cur.overall) - primaryMean(base.overall) : 0;
  const segments = segmentResults(base, cur, opts, overallDrop);
  return {
    table: cur.source,
    task: cur.task,
    classes: cur.classes,
    hasBaseline: true,
    paired: false,
    nBase: base.overall.n,
    nCurrent: cur.overall.n,
    droppedBase: 0,
    droppedCurrent: 0,
    notes,
    options: opts,
    metrics,
    regressed: metrics.filter((m) => m.status === "regressed").map((m) => m.name),
    improved: metrics.filter((m) => m.status === "improved").map((m) => m.name),
    segments: segments.map(({ moments: _, ...r }) => r),
    slices: firstSlice(segments, base.overall, cur.overall, overallDrop, kind),
    errors: null,
    confusion: isBinary(base.overall) && isBinary(cur.overall) ? summaryCells(base.overall, cur.overall) : null,
    regressionErrors: null,
    calibration: null,
    bias: [],
    trivialBaseline: trivial(base),
    trivialCurrent: trivial(cur)
  };
}
function classShares(s, pred) {
  const c = s.overall;
  const pos = pred ? c.tp + c.fp : c.tp + c.fn;
  return Float64Array.from([c.n - pos, pos]);
}
function moves(names, bc, cc) {
  const nb = bc[0] + bc[1];
  const nc = cc[0] + cc[1];
  return names.map((value, i) => ({ value, base: nb ? bc[i] / nb : 0, cur: nc ? cc[i] / nc : 0 }));
}
function summaryData(base, cur, notes) {
  const pendingDrift = [];
  for (const cs of cur.sketches) {
    if (cs.role !== "feature") continue;
    const bs = base.sketches.find((x) => x.column === cs.column && x.role === "feature");
    if (!bs) continue;
    if (!sameEdges(bs, cs)) {
      notes.push(`${cs.column}: the current summary was not made on the baseline's edges (summarize it with --baseline); drift not measured.`);
      continue;
    }
    const cmp = compareSketches(bs, cs);
    if (cmp) pendingDrift.push({ feature: cs.column, cmp, baseline: null });
  }
  for (const cc of cur.categories) {
    if (!cc.feature) continue;
    const bc = base.categories.find((x) => x.column === cc.column && x.feature);
    if (!bc) continue;
    const names = [.../* @__PURE__ */ new Set([...bc.values.map((v) => v.value), ...cc.values.map((v) => v.value)])].filter((v) => v !== MISSING_LABEL);
    const count4 = (vals) => Float64Array.from(names, (n) => vals.find((v) => v.value === n)?.cell.n ?? 0);
    const cmp = compareCategorical(names, count4(bc.values), count4(cc.values));
    if (cmp.nBase > 0 && cmp.nCur > 0) pendingDrift.push({ feature: cc.column, cmp, baseline: null });
  }
  const drift = decide("eval", cur.source, pendingDrift, /* @__PURE__ */ new Map());
  drift.sort((a, b) => b.strength - a.strength || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
  const labelPending = [];
  const predPending = [];
  const sketchPair = (role) => {
    const c = cur.sketches.find((s) => s.role === role);
    const b = c ? base.sketches.find((s) => s.role === role) : void 0;
    return b && c && sameEdges(b, c) ? compareSketches(b, c) : null;
  };
  if (cur.task === "binary") {
    const names = [...cur.classes];
    const lb = classShares(base, false);
    const lc = classShares(cur, false);
    labelPending.push({ what: "label", column: cur.columns.label, cmp: compareCategorical(names, lb, lc), shares: moves(names, lb, lc), changed: null });
    const pb = classShares(base, true);
    const pc = classShares(cur, true);
    predPending.push({ what: "predicted_class", column: cur.columns.pred ?? cur.columns.score ?? "prediction", cmp: compareCategorical(names, pb, pc), shares: moves(names, pb, pc), changed: null });
    const score = sketchPair("score");
    if (score) predPending.push({ what: "score", column: cur.columns.score ?? "score", cmp: score, shares: [], changed: null });
  } else {
    const label = sketchPair("label");
    if (label) labelPending.push({ what: "label", column: cur.columns.label, cmp: label, shares: [], changed: null });
    const pred = sketchPair("pred");
    if (pred) predPending.push({ what: "prediction", column: cur.columns.pred ?? "prediction", cmp: pred, shares: [], changed: null });
  }
  const labelShift2 = decide2("eval", cur.source, labelPending);
  const predictionShift2 = decide2("eval", cur.source, predPending, PREDICTION_FACTOR, PREDICTION_CAP);
  return {
    source: cur.source,
    task: cur.task,
    nBase: base.overall.n,
    nCur: cur.overall.n,
    drift,
    labelShift: labelShift2,
    predictionShift: predictionShift2,
    columns: { base: null, cur: [] },
    quality: [],
    preprocessing: [],
    labelNoise: null,
    leakage: [],
    notes: [...notes, "From summaries: data quality (missing values beyond counts, duplicates, schema), preprocessing skew, label noise and leakage need rows and were not checked."]
  };
}

// src/analysis/summary/pairs.ts
var stem = (p) => p.toLowerCase().replace(/\.summary\.json$|\.(csv|jsonl|parquet)$/, "");
function analyzeSummaryPairs(base, cur, opts, freeViews = [], hasBaseline = true) {
  const pairs = [];
  const usedViews = [];
  const problems = [];
  const lone = cur.length === 1;
  for (const c of cur) {
    let b = (base.find((x) => x.path.toLowerCase() === c.path.toLowerCase()) ?? (base.length === 1 && lone ? base[0] : void 0))?.summary ?? null;
    if (!b) {
      const v = freeViews.find((x) => stem(x.path) === stem(c.path)) ?? (freeViews.length === 1 && lone && base.length === 0 ? freeViews[0] : void 0);
      if (v && v.task !== "multiclass" && !v.weight && v.yPred) {
        b = summarizeView(v, null, v.path);
        usedViews.push(v);
      }
    }
    if (!b) {
      if (hasBaseline) problems.push({ file: c.path, message: `${c.path}: no baseline summary or eval table to compare it with (summarize both runs, docs/summary.md)` });
      continue;
    }
    if (b.task !== c.summary.task) {
      problems.push({ file: c.path, message: `${c.path}: task ${c.summary.task} but the baseline's is ${b.task}; not compared` });
      continue;
    }
    const off = c.summary.sketches.filter((k) => {
      const bk = b.sketches.find((x) => x.column === k.column && x.role === k.role);
      return bk !== void 0 && !sameEdges(bk, k);
    });
    if (off.length > 0) {
      problems.push({
        file: c.path,
        message: `${c.path}: ${off.map((k) => k.column).join(", ")} not counted on the baseline's edges, so not compared (make it with summarize --baseline BASE.summary.json)`
      });
    }
    const performance = summaryPerformance(b, c.summary, opts);
    pairs.push({ path: c.path, base: b, cur: c.summary, nCur: c.summary.overall.n, performance, data: summaryData(b, c.summary, [...performance.notes]) });
  }
  return { pairs, usedViews, problems };
}
var r3 = (x) => String(Number(x.toPrecision(3)));
function summarySignals(p) {
  const hb = p.base.score_hist ? histogramAuc(p.base.score_hist.pos, p.base.score_hist.neg) : null;
  const hc = p.cur.score_hist ? histogramAuc(p.cur.score_hist.pos, p.cur.score_hist.neg) : null;
  const from = { text: `compared from summaries ${p.path} (unpaired; docs/summary.md)` };
  return [...performanceSignals(p.performance), ...dataSignals(p.data)].map((s) => {
    const extra = [from];
    if (s.category === "metric_regression" && hb && hc) {
      extra.push({ text: `AUC from 1,000-bin score histograms: within ${r3(hb.bound)} (baseline) and ${r3(hc.bound)} (current) of the rows' AUC` });
    }
    if (s.category === "feature_drift" && s.feature) {
      const b = p.base.sketches.find((k) => k.column === s.feature && k.role === "feature");
      const c = p.cur.sketches.find((k) => k.column === s.feature && k.role === "feature");
      if (b && c && sameEdges(b, c)) {
        const ks = ksBounds(b, c);
        extra.push({ text: `KS from the sketches: between ${r3(ks.lower)} and ${r3(ks.upper)} on the rows` });
      }
    }
    return { ...s, evidence: [...s.evidence, ...extra] };
  });
}

// src/analysis/analyze.ts
function pairByPath(base, cur) {
  const out = cur.map((c) => ({ base: base.find((b) => b.path.toLowerCase() === c.path.toLowerCase()) ?? null, cur: c }));
  if (base.length === 1 && cur.length === 1 && out[0].base === null) out[0].base = base[0];
  return out;
}
function analyzeRuns(base, cur, config, timer = NO_TIMER) {
  const { seed, resamples, minSupport, alpha } = config.analysis;
  const evalPairs = pairByPath(base?.evals ?? [], cur.evals).map((p) => {
    const performance = timer.stage("performance", () => analyzePerformance(p.base, p.cur, { seed, resamples, minSupport, alpha }));
    const data = timer.stage("data", () => analyzeData(dataInput(base, cur, p), { seed, minSupport }));
    return { path: p.cur.path, base: p.base, cur: p.cur, performance, data };
  });
  return finishRuns(base, cur, config, timer, evalPairs);
}
async function analyzeRunsParallel(base, cur, config, runner, timer = NO_TIMER, onJob) {
  const { seed, resamples, minSupport, alpha } = config.analysis;
  const opts = { seed, resamples, minSupport, alpha };
  const evalPairs = [];
  for (const p of pairByPath(base?.evals ?? [], cur.evals)) {
    const { performance, job } = await timer.stageAsync("performance", async () => {
      const job2 = runner.start(dataInput(base, cur, p), { seed, minSupport }, SEGMENTS_LATER);
      let start;
      let src = null;
      const claims = newClaims();
      try {
        start = startPerformance(p.base, p.cur, opts);
        src = start.done ? null : segmentSource(start.rows);
      } finally {
        job2.sendSegments(src ? { src, claims } : null);
      }
      if (start.done) return { performance: start.done, job: job2 };
      const middle = middlePerformance(headlinePerformance(start));
      takeOver(claims);
      if (!src) return { performance: finishPerformance(middle, []), job: job2 };
      const names = segmenterNames(src);
      const mine = buildClaimed(src, names, claims, false);
      const theirs = mine.length < names.length ? await job2.segments() : [];
      return { performance: finishPerformance(middle, mergeClaimed(src, names, [mine, theirs])), job: job2 };
    });
    const data = await timer.stageAsync("data", () => {
      job.help();
      return job.data();
    });
    evalPairs.push({ path: p.cur.path, base: p.base, cur: p.cur, performance, data });
    onJob?.(p.cur.path, job);
  }
  return finishRuns(base, cur, config, timer, evalPairs);
}
function dataInput(base, cur, p) {
  return { base: p.base, cur: p.cur, refBase: base?.reference ?? [], refCur: cur.reference };
}
function finishRuns(base, cur, config, timer, evalPairs) {
  const metricDiffs = base ? diffMetrics(base.metrics, cur.metrics, config.metrics) : [];
  const paramChanges = base ? diffParams(base.params, cur.params) : [];
  const { seed, resamples, minSupport, alpha } = config.analysis;
  const logPairs = pairByPath(base?.trainLogs ?? [], cur.trainLogs);
  const pairedViews = new Set(evalPairs.map((p) => p.base));
  const freeViews = (base?.evals ?? []).filter((v) => !pairedViews.has(v));
  const summaries = timer.stage("performance", () => analyzeSummaryPairs(base?.summaries ?? [], cur.summaries ?? [], { seed, resamples, minSupport, alpha }, freeViews, base !== null));
  const summaryPairs = summaries.pairs;
  const signals = [];
  for (const p of evalPairs) {
    signals.push(...timer.stage("performance", () => performanceSignals(p.performance)));
    signals.push(...timer.stage("data", () => annotatePriorAdjusted(dataSignals(p.data), p.base, p.cur)));
  }
  for (const p of summaryPairs) signals.push(...summarySignals(p));
  const training = timer.stage("training", () => logPairs.map((p) => analyzeTraining({ base: p.base, cur: p.cur, paramChanges })));
  for (const t of training) signals.push(...trainingSignals(t));
  const problems = [...base?.problems ?? [], ...cur.problems, ...summaries.problems];
  const pairedEval = /* @__PURE__ */ new Set([...evalPairs.map((p) => p.base), ...summaries.usedViews]);
  const pairedLogs = new Set(logPairs.map((p) => p.base));
  const missingInCurrent = [
    ...(base?.evals ?? []).filter((b) => !pairedEval.has(b)).map((b) => ({ kind: "eval table", path: b.path })),
    ...(base?.trainLogs ?? []).filter((b) => !pairedLogs.has(b)).map((b) => ({ kind: "training log", path: b.path }))
  ];
  return {
    hasBaseline: base !== null,
    metricDiffs,
    paramChanges,
    evalPairs,
    summaryPairs,
    logPairs,
    training,
    signals,
    problems,
    missingInCurrent,
    counts: {
      baseFiles: base ? base.metrics.length + base.params.length + base.evals.length + (base.summaries?.length ?? 0) + base.trainLogs.length + base.reference.length : 0,
      curFiles: cur.metrics.length + cur.params.length + cur.evals.length + (cur.summaries?.length ?? 0) + cur.trainLogs.length + cur.reference.length
    }
  };
}

// src/diagnosis/advice/facts.ts
function num2(s, key) {
  const v = s.details[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
function str(s, key) {
  const v = s.details[key];
  return typeof v === "string" && v !== "" ? v : null;
}
function bool(s, key) {
  const v = s.details[key];
  return typeof v === "boolean" ? v : null;
}
function n3(v) {
  return Math.abs(v) >= 1e3 ? String(Number(v.toPrecision(4))) : fmt(Math.abs(v) >= 1 ? Number(v.toPrecision(4)) : Number(v.toPrecision(3)));
}
function count(v) {
  return Math.round(v).toLocaleString("en-US");
}
function seg(s) {
  return s.segment ? `${s.segment.column}=${s.segment.value}` : null;
}
function feat(s, fallback = "the feature") {
  return s.feature ? `\`${s.feature}\`` : fallback;
}
function metricName(name2) {
  return name2 ? metricLabel(name2) : null;
}
function changeText(p) {
  return `\`${p.key}\` ${String(p.baseline)} \u2192 ${String(p.current)}`;
}
function list(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function capital(s) {
  return s.length > 0 && s[0] !== "`" ? s[0].toUpperCase() + s.slice(1) : s;
}
function lowerFirst(s) {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

// src/diagnosis/advice/data.ts
var PSI_STABLE = 0.1;
var PSI_CONTRACT = 0.25;
var after = (origin) => origin ? ` after the PR changed ${origin}` : "";
var within = (s) => seg(s) ? ` within ${seg(s)}` : "";
function featureDrift(s, origin) {
  const f = feat(s);
  if (str(s, "comparison") === "reference") {
    const value = str(s, "most_reduced_value");
    const b = num2(s, "most_reduced_base");
    const c = num2(s, "most_reduced_cur");
    const lost = value !== null && b !== null && c !== null && c < b ? `\`${value}\` ${pct(b)} \u2192 ${pct(c)} of its rows` : null;
    const psi3 = num2(s, "psi");
    const others = str(s, "other_columns");
    return {
      rootCause: `The training sample is not the one the baseline model learnt from${after(origin)}: ${f} moved most${psi3 !== null ? ` (PSI ${n3(psi3)}${lost ? `, ${lost}` : ""})` : ""}${others ? `, with ${others}` : ""}, so the model now sees ${lost ? "that group" : "part of the population"} less in training.`,
      fix: origin ? `Compare the training rows by ${f} under ${origin}${lost ? `, where ${lost},` : ""} and restore the filter, join or sampling that dropped them; if the new sample is intended, re-weight training by ${f} to the baseline's mix.` : `Find the step of the training query that changed ${f}${lost ? ` (${lost})` : ""} \u2014 a filter, join or sampling rate \u2014 and restore it, or re-weight training by ${f} to the baseline's mix.`,
      verification: `The training sample's mix of ${f} matches the baseline's (PSI below ${PSI_STABLE})`,
      prevention: `Assert the training sample's composition before fitting (sketch: \`assert (train[${JSON.stringify(s.feature ?? "col")}].value_counts(normalize=True) - baseline_mix).abs().max() < 0.05\`).`
    };
  }
  const segPsi = num2(s, "segment_psi");
  const outPsi = num2(s, "outside_psi");
  const psi2 = segPsi ?? num2(s, "psi");
  const mb = num2(s, "median_base");
  const mc = num2(s, "median_cur");
  const measured2 = [
    psi2 !== null ? `PSI ${n3(psi2)}${segPsi !== null && outPsi !== null ? ` there, ${n3(outPsi)} outside` : ""}` : null,
    mb !== null && mc !== null && mb !== mc ? `median ${n3(mb)} \u2192 ${n3(mc)}` : null
  ].filter((x) => x !== null);
  const trainVsEval = str(s, "comparison") === "train_vs_eval";
  return {
    rootCause: trainVsEval ? `${capital(f)} in the eval rows${within(s)} is not distributed as in the training sample${measured2.length ? ` (${measured2.join(", ")})` : ""}${after(origin)}: the model is scored on inputs it was not fitted to.` : `The distribution of ${f} moved${within(s)}${measured2.length ? ` (${measured2.join(", ")})` : ""}${after(origin)}: these eval rows are not the population the baseline was scored on.`,
    fix: origin ? `Diff ${f}${within(s)} between the two sides of ${origin}: restore the previous source if the shift is an accident, or retrain on data that includes the new population if it is intended.` : `Find which step feeding ${f}${within(s)} changed (snapshot, query, join or sampling): restore it if the shift is an accident, or retrain on data that includes the new population if it is intended.`,
    verification: `PSI of ${f}${within(s)} below ${PSI_STABLE}`,
    prevention: `Add a data-contract check before scoring: PSI of ${f} against the training sample below ${PSI_CONTRACT}${s.segment ? ` in every \`${s.segment.column}\` group` : ""}.`
  };
}
function labelShift(s, origin) {
  const psi2 = num2(s, "psi");
  const mb = num2(s, "mean_base");
  const mc = num2(s, "mean_cur");
  const regression = num2(s, "ks") !== null && mb !== null && mc !== null;
  if (regression) {
    return {
      rootCause: `The target's distribution moved${within(s)} (mean ${n3(mb)} \u2192 ${n3(mc)}${psi2 !== null ? `, PSI ${n3(psi2)}` : ""})${after(origin)}: error metrics scale with the target's level and spread, so they move even when the model does not.`,
      fix: `Confirm the eval rows${origin ? ` under ${origin}` : ""} are the intended population; if they are, compare errors within target ranges (relative error, or RMSE per target decile) before reading the headline change as a model regression.`,
      verification: `Errors within each target decile match the baseline's`,
      prevention: `Pin the eval split by a hash of its ids and assert the target's mean and quantiles in a data test.`
    };
  }
  return {
    rootCause: `The class mix of the eval labels moved${within(s)}${psi2 !== null ? ` (PSI ${n3(psi2)})` : ""}${after(origin)}: accuracy-type metrics move with class priors even when the model is unchanged.`,
    fix: `Confirm the eval split${origin ? ` under ${origin}` : ""} is the intended one; if the new prior is real, re-fit the decision threshold for it, and read per-class recall rather than accuracy.`,
    verification: `Per-class recall unchanged (only the prior moved) or back within its CI`,
    prevention: `Pin the eval split by a hash of its ids and assert its class counts in a data test.`
  };
}
function dataQuality(s, origin) {
  const f = feat(s, "the column");
  const col = JSON.stringify(s.feature ?? "col");
  const kind = str(s, "kind");
  switch (kind) {
    case "sentinel": {
      const v = String(s.details["sentinel"]);
      return {
        rootCause: `Unknown values of ${f} are now written as the number ${v}${after(origin)}: ${s.title}. The model reads the sentinel as a real, extreme value it never saw in training.`,
        fix: `Map ${v} in ${f} back to missing where the data is read (sketch: \`df[${col}] = df[${col}].replace(${v}, np.nan)\`), or restore the export that wrote nulls, so the model's missing-value handling applies.`,
        verification: `No ${v} left in ${f}`,
        prevention: `Add a data-contract assertion before scoring (sketch: \`assert not (df[${col}] == ${v}).any()\`) and a range check against the training data.`
      };
    }
    case "missing": {
      const mb = num2(s, "missing_base") ?? 0;
      const mc = num2(s, "missing_cur");
      const n = num2(s, "n");
      const rows = mc !== null && n !== null ? ` (${count(mc * n)} of ${count(n)} rows)` : "";
      return {
        rootCause: `${capital(f)} is missing in ${mc !== null ? pct(mc) : "more"} of the eval rows${rows}, against ${pct(mb)} in the baseline${origin ? `, after the PR changed ${origin}` : ""}: those rows are scored with ${f} imputed or absent.`,
        fix: `Restore what fills ${f}${origin ? ` (${origin})` : " \u2014 the join, export or feature job that stopped writing it"}, or backfill those rows; make the pipeline fail instead of imputing silently when its missing rate jumps.`,
        verification: `The missing rate of ${f} back near ${pct(mb)}`,
        prevention: `Assert the missing rate before scoring (sketch: \`assert df[${col}].isna().mean() <= ${n3(Math.max(0.01, mb + 0.01))}\`).`
      };
    }
    case "out_of_range": {
      const lo = num2(s, "min_base");
      const hi = num2(s, "max_base");
      const rate = num2(s, "out_of_range_rate");
      return {
        rootCause: `${rate !== null ? pct(rate) : "Many"} of ${f}'s eval values fall outside the range it had in the baseline${lo !== null && hi !== null ? ` ([${n3(lo)}, ${n3(hi)}])` : ""}${after(origin)}: the model extrapolates on them.`,
        fix: `Check the unit and the source of ${f}: a changed unit or a new upstream encoding shows as values outside the old range; restore it, or retrain on the new range if it is real.`,
        verification: `${capital(f)} inside its baseline range`,
        prevention: `Assert the range before scoring (sketch: \`assert df[${col}].between(${lo !== null ? n3(lo) : "lo"}, ${hi !== null ? n3(hi) : "hi"}).mean() > 0.99\`).`
      };
    }
    case "column_renamed": {
      const to = str(s, "renamed_to");
      return {
        rootCause: `The model's feature ${f} is gone from the eval table${to ? `: its values now arrive as \`${to}\`` : ""}${after(origin)}, so the model sees it as missing on every row.`,
        fix: `Rename ${to ? `\`${to}\` back to ${f}` : `the column back to ${f}`} where the features are built${to ? ` (sketch: \`df = df.rename(columns={${JSON.stringify(to)}: ${col}})\`)` : ""}, or retrain under the new name.`,
        verification: `${capital(f)} present in the eval table with its baseline values`,
        prevention: `Check the eval table's columns against the model's feature list before scoring (sketch: \`assert set(model.feature_names_in_) <= set(df.columns)\`).`
      };
    }
    case "column_removed":
      return {
        rootCause: `The model's feature ${f} is no longer in the eval table${after(origin)}, so the model sees it as missing on every row.`,
        fix: `Restore ${f} in the table the eval reads${origin ? ` (${origin})` : ""}, or retrain without it if dropping it was intended.`,
        verification: `${capital(f)} present in the eval table`,
        prevention: `Check the eval table's columns against the model's feature list before scoring (sketch: \`assert set(model.feature_names_in_) <= set(df.columns)\`).`
      };
    case "type_change":
      return {
        rootCause: `${capital(f)} no longer parses as its baseline type${after(origin)}: ${s.title}.`,
        fix: `Restore the export format of ${f} (decimal separator, quoting, sentinel strings), or parse it explicitly where the data is read (sketch: \`pd.to_numeric(df[${col}], errors="raise")\`).`,
        verification: `${capital(f)} parses as a number on every row`,
        prevention: `Declare the eval table's column types and read it with them (sketch: \`pd.read_csv(path, dtype=schema)\`), so a format change fails loudly.`
      };
    case "duplicate_rows":
    case "duplicate_ids":
      return {
        rootCause: `${s.title}${after(origin)}: repeated rows count several times in every metric, so the eval no longer weighs each case once.`,
        fix: `Find the join that fans rows out (a many-to-one key that is no longer unique) and de-duplicate by id before scoring (sketch: \`df = df.drop_duplicates(subset="id")\`).`,
        verification: `No duplicated ${kind === "duplicate_ids" ? "ids" : "rows"} in the eval table`,
        prevention: `Assert id uniqueness before scoring (sketch: \`assert df["id"].is_unique\`).`
      };
    default:
      return {
        rootCause: `${capital(s.title)}${after(origin)}${s.feature ? ` \u2014 the model is scored on values of ${f} it never saw in training` : ""}.`,
        fix: `Fix where ${f} is produced${origin ? ` (${origin})` : ""}: restore the previous source or backfill it, and make the pipeline fail on this condition instead of passing it to the model.`,
        verification: `${capital(f)} as clean as in the baseline`,
        prevention: `Add a data-contract assertion for this condition on ${f} before scoring.`
      };
  }
}
function labelNoise(s, origin) {
  const where = seg(s);
  const changed = num2(s, "labels_changed");
  const contradicted = num2(s, "labels_changed_contradicted");
  const rb = num2(s, "segment_rate_base") ?? num2(s, "suspect_rate_base");
  const rc = num2(s, "segment_rate_cur") ?? num2(s, "suspect_rate_cur");
  const ob = num2(s, "outside_rate_base");
  const oc = num2(s, "outside_rate_cur");
  const flips = changed !== null && changed > 0 ? `${contradicted !== null ? `${count(contradicted)} of ` : ""}${count(changed)} labels changed on rows whose prediction did not${contradicted !== null ? " and now contradict it" : ""}` : null;
  const rate = rb !== null && rc !== null ? `suspected label errors ${pct(rb)} \u2192 ${pct(rc)}${where ? ` in ${where}` : ""}${ob !== null && oc !== null && where ? ` (outside: ${pct(ob)} \u2192 ${pct(oc)})` : ""}` : null;
  return {
    rootCause: `The eval labels${where ? ` of ${where}` : ""} changed${after(origin)}, not the model: ${[flips, rate].filter((x) => x !== null).join("; ") || s.title}.`,
    fix: `Diff the label source${where ? ` for ${where}` : ""} between the two runs \u2014 a join on the wrong key or a relabelling job \u2014 and restore the previous labels${changed !== null && changed > 0 ? ` of the ${count(changed)} rows whose label changed` : ""}, or have them relabelled.`,
    verification: `The suspected-label-error rate${where ? ` in ${where}` : ""} back near ${rb !== null ? pct(rb) : "the baseline"}`,
    prevention: `Test that rows present in both versions of the label table keep their label (sketch: \`assert (old.set_index("id").label == new.set_index("id").label.reindex(old.id)).all()\`).`
  };
}
function leakage(s, origin) {
  if (str(s, "kind") === "train_overlap") {
    const rows = num2(s, "overlap_rows");
    const rate = num2(s, "overlap_rate");
    const base = num2(s, "overlap_rate_base");
    return {
      rootCause: `${rows !== null ? `${count(rows)} eval rows` : "Eval rows"}${rate !== null ? ` (${pct(rate)}${base !== null ? `; baseline ${pct(base)}` : ""})` : ""} are also in the training sample${after(origin)}: on those the metric measures memorisation, so the run's numbers cannot be compared with the baseline's.`,
      fix: `Split by id before any concatenation and drop the eval ids from the training data${origin ? ` built under ${origin}` : ""} (sketch: \`train = train[~train["id"].isin(eval_ids)]\`).`,
      verification: `No eval id or row hash in the training sample`,
      prevention: `Assert in CI that training and eval ids are disjoint (sketch: \`assert not set(train.id) & set(eval.id)\`).`
    };
  }
  const f = feat(s);
  return {
    rootCause: `${capital(f)} gives the label away${after(origin)}: ${s.title}. The model reads the outcome from it, which no input at prediction time can do.`,
    fix: `Drop ${f} from the features, or rebuild it from data known before the outcome (a feature computed after the label leaks it).`,
    verification: `${capital(f)} no longer predicts the label on its own`,
    prevention: `Keep a reviewed list of features with the time each becomes known, and test that none is computed after the label's time.`
  };
}
function preprocessing(s, origin) {
  const f = feat(s);
  const kind = str(s, "kind");
  const ratio = num2(s, "ratio");
  if ((kind === "scale" || kind === "partial_scale") && ratio !== null) {
    const mb = num2(s, "median_base");
    const mc = num2(s, "median_cur");
    const rows = num2(s, "matched_rows");
    return {
      rootCause: `${capital(f)} reaches the model \xD7${n3(ratio)} its training scale${mb !== null && mc !== null ? ` (median ${n3(mb)} \u2192 ${n3(mc)}${rows !== null ? `, fit on ${count(rows)} id-matched rows` : ""})` : ""}${kind === "partial_scale" ? " on part of the rows" : ""}${after(origin)}: a unit change, and the model reads every value in the old unit.`,
      fix: `Convert ${f} back where the eval features are built (sketch: \`df[${JSON.stringify(s.feature ?? "col")}] /= ${n3(ratio)}\`), or retrain on the new unit; share one preprocessing function between training and serving.`,
      verification: `The median of ${f} in eval back at ${mb !== null ? n3(mb) : "the training sample's"} (ratio 1)`,
      prevention: `Unit-test the serving transform: feed a known row through it and assert ${f} equals its training value.`
    };
  }
  if (kind === "swapped") {
    const partner = str(s, "partner");
    return {
      rootCause: `${capital(f)}${partner ? ` and \`${partner}\`` : ""} arrive swapped${after(origin)}: ${s.title}.`,
      fix: `Select the eval columns by name, not by position, where the features are built${partner ? ` (sketch: \`df = df.rename(columns={${JSON.stringify(s.feature ?? "a")}: ${JSON.stringify(partner)}, ${JSON.stringify(partner)}: ${JSON.stringify(s.feature ?? "a")}})\` restores them)` : ""}.`,
      verification: `Each of the two columns matches its baseline values on the id-matched rows`,
      prevention: `Build the model's input from \`model.feature_names_in_\` (by name), and test the column order against it.`
    };
  }
  return {
    rootCause: `${capital(f)} is transformed differently at eval time than in training${after(origin)}: ${s.title}.`,
    fix: `Apply the training transform of ${f} on the eval path too \u2014 one preprocessing function shared by both.`,
    verification: `${capital(f)} in eval matches the training sample on the id-matched rows`,
    prevention: `Unit-test the serving transform: feed a known row through it and assert ${f} equals its training value.`
  };
}
function bias(s, origin) {
  const attr = s.segment?.column ?? str(s, "column");
  const group = s.segment?.value ?? str(s, "group");
  const a = attr ? `\`${attr}\`` : "the protected attribute";
  const g = attr && group ? `${attr}=${group}` : "one group";
  const gap = num2(s, "gapToRest");
  const shareB = num2(s, "ref_share_base");
  const shareC = num2(s, "ref_share_cur");
  const training = shareB !== null && shareC !== null ? `; its share of the training data went ${pct(shareB)} \u2192 ${pct(shareC)}` : "";
  return {
    rootCause: `The model now serves ${g} worse than the rest${gap !== null ? ` (the gap widened by ${n3(Math.abs(100 * gap))} pts)` : ""}${training}${after(origin)}.`,
    fix: shareB !== null && shareC !== null && shareC < shareB ? `Restore ${g}'s rows in the training data (the query, join or filter that dropped them), or re-weight training by ${a} to the baseline's mix.` : `Compare ${g}'s training rows and features between the runs; re-weight by ${a} or add data for the group, and check the features that differ most for it.`,
    verification: `The gap between ${g} and the rest back within the baseline's CI`,
    prevention: `List ${a} under \`eval[].protected\` in \`.github/ml-doctor.yml\` and assert the group counts of the training sample in a data test.`
  };
}

// src/diagnosis/advice/origin.ts
var DATA_CAUSES = /* @__PURE__ */ new Set(["feature_drift", "preprocessing", "data_quality", "label_shift", "label_noise", "leakage", "bias"]);
var TRAINING_CAUSES = /* @__PURE__ */ new Set(["learning_rate", "training_instability", "overfitting", "underfitting"]);
var DATA_ORIGIN_KEY = /(^|\.)(data|dataset|datasets|features|serving|feature_store|inputs?)\.|(snapshot|tables?|query|source|sources|path|paths|uri|url|version|split|keys?)$/i;
var TRAINING_KEY = /(^|\.)(optimizer|optim|trainer|training|model|scheduler)\.|(^|\.)(lr|learning_rate|epochs?|batch_size|weight_decay|grad_clip|clip|patience|early_stopping\w*|hidden|dropout|momentum|warmup\w*|restore_best)$/i;
var BOOKKEEPING_KEY = /(^|\.)(seed|num_workers|workers|log_every|logging\.\w+|name|tag|comment|description|run_id)$/i;
var MAX_NAMED = 4;
function originChanges(category, changes) {
  const pattern = DATA_CAUSES.has(category) ? DATA_ORIGIN_KEY : TRAINING_CAUSES.has(category) ? TRAINING_KEY : null;
  if (!pattern) return [];
  return changes.filter((p) => pattern.test(p.key) && !BOOKKEEPING_KEY.test(p.key)).slice(0, MAX_NAMED);
}
function originOf(category, changes) {
  const hits = originChanges(category, changes);
  return hits.length > 0 ? hits.map(changeText).join(", ") : null;
}
function changedKeys(changes, pattern) {
  const hits = changes.filter((p) => pattern.test(p.key));
  return hits.length > 0 ? hits.map(changeText).join(", ") : null;
}
function revertTo(changes, pattern) {
  const hits = changes.filter((p) => pattern.test(p.key));
  return hits.length > 0 ? hits.map((p) => `\`${p.key}: ${String(p.baseline)}\``).join(", ") : null;
}

// src/diagnosis/advice/model.ts
var SCORE_PSI_STABLE = 0.1;
var ECE_GATE_TOLERANCE = 0.01;
var MAX_PLAN = 3;
var CALIBRATION_KEY = /calibrat|temperature|platt|isotonic/i;
function metricRegression(s, ctx) {
  const m = metricName(s.metric) ?? "The headline metric";
  const base = num2(s, "baseline");
  const changes = ctx.paramChanges;
  return {
    rootCause: `${m} got worse beyond noise (${s.title}), and no data, training or calibration check accounts for it${changes.length > 0 ? `; the PR changed ${changes.length} parameter${changes.length > 1 ? "s" : ""}` : "; the PR changed no logged parameter, so the cause is in code or data the artifacts do not describe"}.`,
    fix: changes.length > 0 ? `Revert the changed parameters one at a time, starting with ${list(changes.slice(0, MAX_PLAN).map(changeText))}, and re-run the eval after each.` : "Bisect the PR's commits (revert half, re-run the eval) to find the change; log the features of the eval rows so ml-doctor can compare them next time.",
    verification: `${m} back near ${base !== null ? `the baseline's ${n3(base)}` : "the baseline"}, the CI of its change covering 0`,
    prevention: `Write the inputs the model was scored on (features, ids) into the eval table, so the next regression of ${m} is traced to its rows.`
  };
}
function segmentRegression(s) {
  const where = seg(s) ?? "one slice";
  const m = metricName(s.metric) ?? "the metric";
  const share2 = num2(s, "shareOfDrop");
  const n = num2(s, "n");
  const base = num2(s, "baseline");
  return {
    rootCause: `The slice ${where} carries ${share2 !== null ? pct(Math.min(1, share2)) : "most"} of the drop${n !== null ? ` in ${count(n)} rows` : ""}, and no data or training check explains it there.`,
    fix: `Compare the eval rows of ${where} between the two runs (features, labels, predictions), and check whether ${s.segment ? `\`${s.segment.column}\`` : "the slice"} is still represented in training as before.`,
    verification: `${m} for ${where} near ${base !== null ? `the baseline's ${n3(base)}` : "the baseline"}`,
    prevention: `Keep ${s.segment ? `\`${s.segment.column}\`` : "this column"} in the eval table so every PR reports the slice.`
  };
}
function predictionShift(s) {
  if (str(s, "kind") === "decision_rule") {
    const lo = num2(s, "threshold_base_high");
    const hi = num2(s, "threshold_cur_high");
    return {
      rootCause: `The model's scores did not change, its decisions did: ${count(num2(s, "flips") ?? 0)} predictions flipped on rows with the same score${lo !== null && hi !== null ? ` (implied threshold ${n3(lo)} \u2192 ${n3(hi)})` : ""}. A hard-coded threshold or a post-processing step changed, outside the parameters.`,
      fix: str(s, "fix") ?? "Find the code that turns scores into classes and restore the baseline rule.",
      verification: "No prediction flips on id-matched rows whose score is unchanged",
      prevention: "Keep the decision threshold in params.yaml (reviewed in the diff) and assert in the eval that predictions equal `score >= threshold`."
    };
  }
  const psi2 = num2(s, "psi");
  const what = str(s, "what") ?? "score";
  return {
    rootCause: `The model's ${what.replace(/_/g, " ")}s moved${psi2 !== null ? ` (PSI ${n3(psi2)})` : ""} and no input, training or calibration check explains why: the change is in the model or its post-processing.`,
    fix: "Diff the model artifact and the scoring code between the runs (weights, feature order, post-processing); score a few fixed rows with both models to see where the outputs part.",
    verification: `The ${what.replace(/_/g, " ")} distribution's PSI against the baseline below ${SCORE_PSI_STABLE}`,
    prevention: "Score a fixed set of golden rows in CI and assert the outputs match the released model's within a tolerance."
  };
}
function calibration2(s, ctx) {
  const eb = num2(s, "eceBase");
  const ec = num2(s, "eceCurrent");
  const bb = num2(s, "brierBase");
  const kept = bool(s, "discriminationKept");
  const param = changedKeys(ctx.paramChanges, CALIBRATION_KEY);
  const ece = eb !== null && ec !== null ? `ECE ${n3(eb)} \u2192 ${n3(ec)}` : s.title;
  if (kept !== false) {
    return {
      rootCause: `The probabilities are off while the ranking held (${ece}${kept ? ", AUC unchanged" : ""})${param ? `, and the PR changed ${param}` : ""}: the signature of a calibration step that was dropped or fitted on other data.`,
      fix: param ? `Restore the calibration step (${param}), fitted on the validation split, before the scores are written (sketch: \`CalibratedClassifierCV(model, method="sigmoid", cv="prefit").fit(X_val, y_val)\`).` : 'Check that the calibration step still runs and which split it is fitted on; re-fit it on the current validation split if the model changed under it (sketch: `CalibratedClassifierCV(model, method="sigmoid", cv="prefit").fit(X_val, y_val)`).',
      verification: `ECE back near ${eb !== null ? n3(eb) : "the baseline"}${bb !== null ? ` and Brier near ${n3(bb)}` : ""}, AUC unchanged`,
      prevention: `Gate on calibration (\`metrics: { ece: { direction: lower, tolerance: ${ECE_GATE_TOLERANCE} } }\` in \`.github/ml-doctor.yml\`) and unit-test that the inference path applies the calibrator.`
    };
  }
  return {
    rootCause: `The probabilities are off and the ranking changed with them (${ece}): the model itself changed, not only its calibration${param ? `; the PR changed ${param}` : ""}.`,
    fix: "Find what changed the model first (the training and data findings, the PR's changes); re-fitting a calibrator on top would hide a ranking change.",
    verification: `ECE back near ${eb !== null ? n3(eb) : "the baseline"} with AUC back within its CI`,
    prevention: `Gate on calibration (\`metrics: { ece: { direction: lower, tolerance: ${ECE_GATE_TOLERANCE} } }\` in \`.github/ml-doctor.yml\`) next to AUC.`
  };
}
function infrastructure(s) {
  const disagreement = num2(s, "rows") !== null;
  return {
    rootCause: /[.!?]$/.test(s.title) ? s.title : `${s.title}.`,
    fix: str(s, "fix") ?? "Make the CI job write the missing artifact, or point the config at it.",
    verification: disagreement ? "the metrics file and the eval rows agree" : "the report lists the artifact as loaded",
    prevention: disagreement ? "Compute metrics.json from the eval table in the step that writes the table (one function for both), so the two cannot part." : "Upload the artifacts directory on every run of the default branch so a baseline always exists."
  };
}

// src/diagnosis/advice/symptoms.ts
function causeClause(c, inSegment = false) {
  const f = feat(c);
  const within2 = seg(c) && !inSegment ? ` within ${seg(c)}` : "";
  switch (c.category) {
    case "feature_drift": {
      const psi2 = num2(c, "segment_psi") ?? num2(c, "psi");
      if (str(c, "comparison") === "reference") return { what: `the training sample changed, ${f} most`, measure: psi2 !== null ? `PSI ${n3(psi2)}` : null };
      return { what: `${f} moved${within2}`, measure: psi2 !== null ? `PSI ${n3(psi2)}${num2(c, "segment_psi") !== null ? " there" : ""}` : null };
    }
    case "preprocessing": {
      const ratio = num2(c, "ratio");
      if (ratio !== null) return { what: `${f} reaches the model in another unit`, measure: `\xD7${n3(ratio)}` };
      if (str(c, "kind") === "swapped") return { what: `${f} and \`${str(c, "partner") ?? "?"}\` arrive swapped`, measure: null };
      return { what: `${f} is transformed differently than in training`, measure: null };
    }
    case "data_quality":
      switch (str(c, "kind")) {
        case "missing":
          return { what: `${f} went missing`, measure: `${pct(num2(c, "missing_cur"))} of rows, baseline ${pct(num2(c, "missing_base") ?? 0)}` };
        case "sentinel":
          return { what: `${f} carries a sentinel for unknown values`, measure: String(c.details["sentinel"]) };
        case "out_of_range":
          return { what: `${f} left its baseline range`, measure: `${pct(num2(c, "out_of_range_rate"))} of rows` };
        case "column_renamed":
          return { what: `${f} arrives renamed as \`${str(c, "renamed_to") ?? "?"}\``, measure: null };
        case "column_removed":
          return { what: `${f} is gone from the eval table`, measure: null };
        case "type_change":
          return { what: `${f} no longer parses as its baseline type`, measure: null };
        default:
          return { what: lowerFirst(c.title), measure: null };
      }
    case "label_noise":
      return { what: `the labels${within2} changed under unchanged predictions`, measure: num2(c, "labels_changed") !== null ? `${count(num2(c, "labels_changed"))} rows` : null };
    case "leakage":
      return str(c, "kind") === "train_overlap" ? { what: "eval rows leaked into the training sample", measure: `${pct(num2(c, "overlap_rate"))} of them` } : { what: `${f} gives the label away`, measure: null };
    case "label_shift":
      return { what: `the label distribution moved${within2}`, measure: num2(c, "psi") !== null ? `PSI ${n3(num2(c, "psi"))}` : null };
    case "bias":
      return { what: `the model serves ${seg(c) ?? "one group"} worse than the rest`, measure: num2(c, "gapToRest") !== null ? `gap ${n3(Math.abs(100 * num2(c, "gapToRest")))} pts` : null };
    case "learning_rate": {
      const key = str(c, "key");
      return key !== null ? { what: `\`${key}\` was changed`, measure: `${String(c.details["baseline"])} \u2192 ${String(c.details["current"])}` } : { what: `the learning rate is too ${str(c, "direction") === "too_low" ? "low" : "high"}`, measure: null };
    }
    case "training_instability":
      return { what: "training became unstable", measure: str(c, "main_component") };
    case "overfitting": {
      const x = num2(c, "best_val_x");
      return { what: "the model overfits", measure: x !== null ? `best validation epoch ${n3(x)}` : null };
    }
    case "underfitting":
      return { what: "the model underfits", measure: null };
    case "config_change":
      return { what: `the PR changed ${str(c, "changes") ?? (str(c, "key") ? `\`${str(c, "key")}\`` : "a parameter")}`, measure: null };
    case "calibration": {
      const eb = num2(c, "eceBase");
      const ec = num2(c, "eceCurrent");
      return { what: "the calibration broke", measure: eb !== null && ec !== null ? `ECE ${n3(eb)} \u2192 ${n3(ec)}` : null };
    }
    default:
      return { what: lowerFirst(c.title), measure: null };
  }
}
function cited(c, id) {
  return `${c.what} (${id}${c.measure ? `; ${c.measure}` : ""})`;
}
var sameSegment = (a, b) => a.segment !== void 0 && b.segment !== void 0 && a.segment.column === b.segment.column && a.segment.value === b.segment.value;
function shareOf2(s, cause) {
  const sh = cause.share;
  if (!sh || sh.metric !== null && s.metric !== void 0 && sh.metric !== s.metric) return "";
  return `, which accounts for ${share(sh.share)} of it (95 % CI ${share(sh.lo)} to ${share(sh.hi)})`;
}
function rootCause(s, cause) {
  const c = cause.signal;
  const clause = cited(causeClause(c), cause.id);
  switch (s.category) {
    case "metric_regression":
      return `${metricName(s.metric) ?? "The metric"} got worse because ${clause}${shareOf2(s, cause)}.`;
    case "segment_regression": {
      if (sameSegment(s, c)) return `This segment is where ${cited(causeClause(c, true), cause.id)}: the regression here is that change.`;
      if (c.segment && s.segment && c.segment.column === s.segment.column) return `Another value of \`${s.segment.column}\`, the column ${cause.id} is located in: ${clause}.`;
      const part = num2(s, "shareOfDrop");
      return `One slice of the regression ${cause.id} explains${part !== null ? `, with ${share(Math.min(1, part))} of the drop` : ""}: ${clause}.`;
    }
    case "calibration": {
      const kept = bool(s, "discriminationKept");
      return `The probabilities moved because ${clause}${kept === false ? "; the ranking changed with them, so a re-fitted calibrator would hide the cause rather than fix it" : kept ? ", while the ranking held" : ""}.`;
    }
    case "prediction_shift": {
      const what = (str(s, "what") ?? "score").replace(/_/g, " ");
      return c.area === "data" ? `The ${what}s moved with the inputs: ${clause}.` : c.area === "training" ? `The ${what}s moved because the model was trained differently: ${clause}.` : `The ${what}s moved because ${clause}.`;
    }
    case "label_shift":
      return `The label distribution moved along with ${cause.id}: ${clause}.`;
    default:
      return `A consequence of ${cause.id}, not a cause of its own: ${clause}.`;
  }
}
function targetOf(s) {
  const m = metricName(s.metric);
  const base = num2(s, "baseline");
  switch (s.category) {
    case "metric_regression":
      return m && base !== null ? `${m} back near ${n3(base)}` : null;
    case "segment_regression":
      return m && base !== null && seg(s) ? `${m} for ${seg(s)} near ${n3(base)}` : null;
    case "calibration": {
      const eb = num2(s, "eceBase");
      return eb !== null ? `ECE near ${n3(eb)}` : null;
    }
    case "prediction_shift":
      return str(s, "kind") === "decision_rule" ? null : `the ${(str(s, "what") ?? "score").replace(/_/g, " ")} PSI below ${PSI_STABLE}`;
    default:
      return null;
  }
}
function symptomAdvice(s, cause, causeAdvice2) {
  const target = targetOf(s);
  return {
    rootCause: rootCause(s, cause),
    fix: causeAdvice2.fix,
    verification: target ? `After ${cause.id}'s fix: ${lowerFirst(target)}.` : `After ${cause.id}'s fix: ${lowerFirst(causeAdvice2.verification.replace(/^Re-run after the fix: /, ""))}`,
    prevention: causeAdvice2.prevention
  };
}

// src/diagnosis/advice/training.ts
var REGULARISATION_KEY = /(weight_decay|dropout|early_stopping|epochs|patience|restore_best|l2|regulari)/i;
var CAPACITY_KEY = /(epochs|max_iter|n_estimators|steps|hidden|layers|depth)/i;
var LR_KEY = /(^|\.)(lr|learning_rate|eta|step_size)$/i;
function overfitting(s, ctx) {
  const changed = changedKeys(ctx.paramChanges, REGULARISATION_KEY);
  const revert = revertTo(ctx.paramChanges, REGULARISATION_KEY);
  const bestX = num2(s, "best_val_x");
  const best = num2(s, "best_val_loss");
  const rise = num2(s, "rise_after_best");
  const baseRise = num2(s, "base_rise_after_best");
  return {
    rootCause: `The model overfits: ${s.title}${changed ? `, after the PR changed ${changed}` : ""}.`,
    fix: revert ? `Revert ${revert}, or keep the checkpoint of the best validation epoch${bestX !== null ? ` (${n3(bestX)}${best !== null ? `, val loss ${n3(best)}` : ""})` : ""}.` : `Add back regularisation or early stopping on the validation loss (sketch: \`EarlyStopping(monitor="val_loss", patience=5, restore_best_weights=True)\`), or keep the checkpoint of the best validation epoch${bestX !== null ? ` (${n3(bestX)})` : ""}.`,
    verification: `Validation loss rises at most ${baseRise !== null ? pct(Math.max(baseRise, 0)) : "as much as in the baseline"} after its minimum${rise !== null ? ` (now ${pct(rise)})` : ""}`,
    prevention: `Keep early stopping with restore-best in the training config${changed ? ", and review changes to those keys with a validation curve attached to the PR" : ""}.`
  };
}
function underfitting(s, ctx) {
  const changed = changedKeys(ctx.paramChanges, CAPACITY_KEY);
  const revert = revertTo(ctx.paramChanges, CAPACITY_KEY);
  return {
    rootCause: `The model underfits: ${s.title}${changed ? `, after the PR changed ${changed}` : ""}.`,
    fix: revert ? `Revert ${revert}; then check that the loss curve is flat at the end.` : "Train longer or restore capacity (epochs, iterations, model size) until the loss curve is flat at the end; check that the learning rate is not too low.",
    verification: "Final training and validation losses at or below the baseline's, with a flat end of the curve",
    prevention: "Log both losses every epoch and let ml-doctor compare the end of the curve with the baseline's."
  };
}
function trainingInstability(s, ctx) {
  const lr = changedKeys(ctx.paramChanges, LR_KEY);
  const revert = revertTo(ctx.paramChanges, LR_KEY);
  const component = str(s, "main_component");
  const gradMax = num2(s, "grad_norm_max");
  const baseGradMax = num2(s, "base_grad_norm_max");
  return {
    rootCause: `Training is unstable: ${s.title}${lr ? `, after the PR changed ${lr}` : ""}.`,
    fix: revert ? `Revert ${revert}; if the higher rate is wanted, add warm-up and gradient clipping (sketch: \`torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)\`).` : `${component === "non_finite" ? "Check the inputs and the loss for NaN/inf first, then lower" : "Lower"} the learning rate or add warm-up, and clip gradients (sketch: \`torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)\`).`,
    verification: `No non-finite or spiking loss${gradMax !== null && baseGradMax !== null ? `, and the gradient norm's maximum back near ${n3(baseGradMax)} (now ${n3(gradMax)})` : ""}`,
    prevention: "Fail the training job on a non-finite loss, and log the gradient norm every step so the next PR is compared on it."
  };
}
function learningRate(s, ctx) {
  const key = str(s, "key");
  const base = s.details["baseline"];
  const cur = s.details["current"];
  const direction = str(s, "direction");
  const lrNow = num2(s, "lr_median");
  const changed = key !== null ? `\`${key}\` ${String(base)} \u2192 ${String(cur)}` : changedKeys(ctx.paramChanges, LR_KEY);
  return {
    rootCause: `The learning rate is ${direction === "too_low" ? "too low" : "too high"} for this run: ${s.title.replace(/^learning rate (likely )?too (high|low):\s*/i, "")}${changed && !s.title.includes(key ?? "\0") ? ` (${changed})` : ""}.`,
    fix: key !== null ? `Revert \`${key}\` to ${String(base)}, or run a short LR range test and take the largest rate whose loss still falls smoothly.` : `${direction === "too_low" ? "Raise" : "Lower"} the learning rate${lrNow !== null ? ` (now ${n3(lrNow)})` : ""} by 2\u20133\xD7 and compare the first epochs, or add warm-up and a decay schedule.`,
    verification: `The loss falls smoothly over the first epochs and ends at the baseline's level`,
    prevention: `Run a short LR sweep in CI before changing ${key !== null ? `\`${key}\`` : "the learning rate"}, and attach its curve to the PR.`
  };
}
function configChange(s, ctx) {
  if (str(s, "kind") === "decision_rule") {
    const key2 = str(s, "key") ?? "the threshold";
    return {
      rootCause: `${s.title}: the model's scores are the same, the rule that turns them into classes moved.`,
      fix: `Revert \`${key2}\` to ${String(s.details["baseline"])}, or re-pick the threshold on the validation split for the metric the product needs.`,
      verification: `no prediction flips on id-matched rows whose score is unchanged`,
      prevention: `Choose \`${key2}\` with a documented rule (a precision or recall target on validation), and assert in the eval that predictions equal \`score >= threshold\`.`
    };
  }
  const key = str(s, "key");
  const keys = str(s, "keys");
  const changes = str(s, "changes");
  const tied = str(s, "tied_to");
  const all = keys ? keys.split(",").filter((k) => k !== "") : key ? [key] : [];
  const revert = all.length > 0 ? revertTo(ctx.paramChanges.filter((p) => all.includes(p.key)), /./) : null;
  const many = all.length > 1;
  return {
    rootCause: `The PR changed ${changes ?? (key ? `\`${key}\`` : "a parameter")}${tied ? `, and the ${tied.replace(/_/g, " ")} finding ties ${many ? "these changes" : "it"} to the regression` : ""}.`,
    fix: revert ? `Revert ${revert}, or justify the new ${many ? "values" : "value"} with a sweep.` : "Revert the changed parameters, or justify the new values with a sweep.",
    verification: `with ${many ? "these keys" : key !== null ? `\`${key}\`` : "the change"} reverted, the ${tied ? tied.replace(/_/g, " ") : "linked"} evidence is gone`,
    prevention: `${many ? "These keys change" : "This key changes"} how the model trains: ask for a sweep or a validation curve in the PR that changes ${many ? "them" : "it"}.`
  };
}

// src/diagnosis/advice/index.ts
var MAX_TARGETS = 3;
var BUILDERS = {
  feature_drift: (s, _c, o) => featureDrift(s, o),
  label_shift: (s, _c, o) => labelShift(s, o),
  data_quality: (s, _c, o) => dataQuality(s, o),
  label_noise: (s, _c, o) => labelNoise(s, o),
  leakage: (s, _c, o) => leakage(s, o),
  preprocessing: (s, _c, o) => preprocessing(s, o),
  bias: (s, _c, o) => bias(s, o),
  overfitting: (s, c) => overfitting(s, c),
  underfitting: (s, c) => underfitting(s, c),
  training_instability: (s, c) => trainingInstability(s, c),
  learning_rate: (s, c) => learningRate(s, c),
  config_change: (s, c) => configChange(s, c),
  metric_regression: (s, c) => metricRegression(s, c),
  segment_regression: (s) => segmentRegression(s),
  prediction_shift: (s) => predictionShift(s),
  calibration: (s, c) => calibration2(s, c),
  infrastructure: (s) => infrastructure(s)
};
function causeAdvice(s, ctx, explains = []) {
  const a = BUILDERS[s.category](s, ctx, originOf(s.category, ctx.paramChanges));
  const targets = explains.map((l) => {
    const t = targetOf(l.signal);
    return t ? `${lowerFirst(t)} (${l.id})` : null;
  }).filter((t) => t !== null).slice(0, MAX_TARGETS);
  return { ...a, verification: `Re-run after the fix: ${lowerFirst(a.verification)}${targets.length > 0 ? `; then ${list(targets)}` : ""}.` };
}

// src/diagnosis/text/errors.ts
var MAX_PAIRS_SHOWN = 3;
function name(value) {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const padded = value.startsWith("`") || value.endsWith("`") ? ` ${value} ` : value;
  return `${fence}${padded}${fence}`;
}
function count2(v) {
  return Number.isInteger(v) ? String(v) : fmt3(v);
}
function pct4(v) {
  return `${Math.round(100 * v)}%`;
}
function arrow(p, f = fmt3) {
  return `${f(p.base)} \u2192 ${f(p.current)}`;
}
function inWhere(where, n) {
  if (!where) return "";
  return ` in ${where.map((c) => name(`${c.column}=${c.value}`)).join(" & ")} (n=${count2(n)})`;
}
function binaryTable(f) {
  const cells = [];
  const rates = [];
  if (f.recall?.material) {
    cells.push(`TP ${arrow(f.tp, count2)}`, `FN ${arrow(f.fn, count2)}`);
    rates.push(`recall ${arrow(f.recall)}`);
  }
  if (f.falsePositiveRate?.material) {
    cells.push(`FP ${arrow(f.fp, count2)}`, `TN ${arrow(f.tn, count2)}`);
    rates.push(`false-positive rate ${arrow(f.falsePositiveRate)}`);
  }
  if (!f.recall?.material && f.recall) rates.push(`recall ${arrow(f.recall)}`);
  if (f.precision.base !== null && f.precision.current !== null) rates.push(`precision ${fmt3(f.precision.base)} \u2192 ${fmt3(f.precision.current)}`);
  rates.push(`accuracy ${arrow(f.accuracy)}`);
  return [{ text: `Confusion cells that moved (positive class ${name(f.positive)}): ${cells.join(", ")}; ${rates.join(", ")}`, value: f.recall?.material ? f.recall.current : f.accuracy.current }];
}
function binarySegment(f, where) {
  const out = [];
  const at = inWhere(where, f.n.current);
  const r = f.recall;
  if (r?.material) {
    const lost = f.tp.base - f.tp.current;
    const head = lost >= 0 ? `Lost ${count2(lost)} of ${count2(f.tp.base)} true positives` : `Gained ${count2(-lost)} true positives (${arrow(f.tp, count2)})`;
    out.push({ text: `${head}: recall ${arrow(r)}${at}`, value: r.current });
  }
  const fpr = f.falsePositiveRate;
  if (fpr?.material) out.push({ text: `False positives ${arrow(f.fp, count2)}: false-positive rate ${arrow(fpr)}${at}`, value: fpr.current });
  return out;
}
function multiclass(f, where) {
  const out = [];
  const at = inWhere(where, f.n.current);
  const top = f.recallFell[0];
  if (top) {
    const to = top.lostTo ? `, taken for ${name(top.lostTo.cls)} ${count2(top.lostTo.baseCount)} \u2192 ${count2(top.lostTo.currentCount)} times` : "";
    const more = f.recallFell.length - 1;
    out.push({
      text: `Recall of class ${name(top.cls)} fell ${arrow(top)} (${count2(top.nCurrent)} rows)${to}${at}${more > 0 ? `; ${more} more class${more > 1 ? "es" : ""} lost recall` : ""}`,
      value: top.current
    });
  }
  if (f.confusedMore.length > 0) {
    const pairs = f.confusedMore.slice(0, MAX_PAIRS_SHOWN).map((p) => `${name(p.trueClass)} predicted as ${name(p.predictedClass)} ${count2(p.baseCount)} \u2192 ${count2(p.currentCount)} times (${pct4(p.base)} \u2192 ${pct4(p.current)} of ${name(p.trueClass)})`);
    out.push({ text: `Confused more${at}: ${pairs.join("; ")}`, value: f.confusedMore[0].current });
  }
  return out;
}
var TRIVIAL_PREDICTOR = {
  accuracy: (t) => `always predicting ${name(t.majorityClass ?? "?")}`,
  log_loss: () => "predicting the class prior for every row",
  rmse: () => "predicting the mean for every row"
};
var TRIVIAL_LABEL = { accuracy: "Accuracy", log_loss: "Log loss", rmse: "RMSE" };
function trivialLine(t) {
  const worse = t.metric === "accuracy" ? "below" : "above";
  const position = t.current === t.trivial ? "equals" : t.crossed ? `${t.metric === "accuracy" ? "fell" : "rose"} ${worse}` : `is ${worse}`;
  const predictor = TRIVIAL_PREDICTOR[t.metric](t);
  let baseline = "";
  if (t.baseline !== null && t.trivialBaseline !== null) {
    baseline = t.crossed ? `; in the baseline it was better: ${fmt3(t.baseline)} against ${fmt3(t.trivialBaseline)}` : `; the baseline did no better (${fmt3(t.baseline)} against ${fmt3(t.trivialBaseline)})`;
  }
  const r2 = t.metric === "rmse" ? " \u2014 R\xB2 at or below 0" : "";
  return { text: `${TRIVIAL_LABEL[t.metric]} ${fmt3(t.current)} ${position} ${predictor} (${fmt3(t.trivial)})${r2}${baseline}`, value: t.trivial };
}
function errorEvidence(f) {
  const out = f.trivial.map(trivialLine);
  const c = f.confusion;
  if (c?.kind === "binary") out.push(...f.where ? binarySegment(c, f.where) : binaryTable(c));
  else if (c) out.push(...multiclass(c, f.where));
  return out;
}

// src/analysis/attribution/decompose.ts
var Z95 = normalQuantile(0.975);
var MIN_TOTAL_Z = 2;
function shareOf3(part, total3, covPartTotal = part.se * part.se) {
  if (!(Math.abs(total3.value) > 0) || !Number.isFinite(total3.value)) return null;
  if (total3.se > 0 && Math.abs(total3.value) / total3.se < MIN_TOTAL_Z) return null;
  const s = part.value / total3.value;
  const v = (part.se ** 2 - 2 * s * covPartTotal + s * s * total3.se ** 2) / total3.value ** 2;
  const se = Math.sqrt(Math.max(0, v));
  return { share: s, lo: s - Z95 * se, hi: s + Z95 * se, total: total3, part };
}
function sums(r, k) {
  const out = { w: new Float64Array(k), w2: new Float64Array(k), s: new Float64Array(k), s2: new Float64Array(k), W: 0 };
  const ws = r.weight ?? UNIT_WEIGHT;
  const step = r.weight ? 1 : 0;
  for (let i = 0; i < r.loss.length; i++) {
    const g = r.group[i];
    const l = r.loss[i];
    if (g < 0 || g >= k || !Number.isFinite(l)) continue;
    const w = ws[i * step];
    if (!(w > 0)) continue;
    out.w[g] += w;
    out.w2[g] += w * w;
    out.s[g] += w * l;
    out.s2[g] += w * l * l;
    out.W += w;
  }
  return out;
}
function meanVariance(x, g) {
  const w = x.w[g];
  if (w <= 0) return 0;
  const m = x.s[g] / w;
  const nEff = w * w / x.w2[g];
  if (nEff <= 1) return 0;
  const v = Math.max(0, x.s2[g] / w - m * m) * (nEff / (nEff - 1));
  return v / nEff;
}
function shiftShare(base, cur, k) {
  const b = sums(base, k);
  const c = sums(cur, k);
  if (b.W <= 0 || c.W <= 0) return null;
  let M2 = 0;
  for (let g = 0; g < k; g++) M2 += b.s[g];
  M2 /= b.W;
  let Mc = 0;
  for (let g = 0; g < k; g++) Mc += c.s[g];
  Mc /= c.W;
  const groups = [];
  let mix = 0;
  let within2 = 0;
  let vWithin = 0;
  let vMixMeans = 0;
  let curPm = 0;
  let curPm2 = 0;
  let basePm2 = 0;
  let vBase = 0;
  let vCur = 0;
  for (let g = 0; g < k; g++) {
    const pB = b.w[g] / b.W;
    const pC = c.w[g] / c.W;
    if (pB === 0 && pC === 0) continue;
    const mB = b.w[g] > 0 ? b.s[g] / b.w[g] : null;
    const mC = c.w[g] > 0 ? c.s[g] / c.w[g] : null;
    const ref = mB ?? M2;
    const vB = mB === null ? 0 : meanVariance(b, g);
    const vC = mC === null ? 0 : meanVariance(c, g);
    const w = mC === null ? 0 : pC * (mC - ref);
    const vw = pC * pC * (vC + vB);
    const mx = (pC - pB) * ref;
    groups.push({
      group: g,
      nBase: b.w[g],
      nCur: c.w[g],
      pBase: pB,
      pCur: pC,
      mBase: mB,
      mCur: mC,
      within: { value: w, se: Math.sqrt(vw) },
      mix: mx
    });
    within2 += w;
    vWithin += vw;
    mix += mx;
    vMixMeans += (pC - pB) ** 2 * vB;
    curPm += pC * ref;
    curPm2 += pC * ref * ref;
    basePm2 += pB * (mB ?? 0) ** 2;
    vBase += pB * pB * vB;
    vCur += pC * pC * vC;
  }
  const nEffB = b.W * b.W / sumAll(b.w2);
  const nEffC = c.W * c.W / sumAll(c.w2);
  const vMix = Math.max(0, curPm2 - curPm * curPm) / nEffC + Math.max(0, basePm2 - M2 * M2) / nEffB + vMixMeans;
  const vTotal = vBase + vCur + Math.max(0, basePm2 - M2 * M2) / nEffB + mixVar(c, k) / nEffC;
  return {
    total: { value: Mc - M2, se: Math.sqrt(vTotal) },
    mix: { value: mix, se: Math.sqrt(vMix) },
    within: { value: within2, se: Math.sqrt(vWithin) },
    groups,
    base: M2,
    cur: Mc,
    reweightedBase: { value: M2 + mix, se: Math.sqrt(vBase + vMix) }
  };
}
function sumAll(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
function mixVar(x, k) {
  let m = 0;
  let m2 = 0;
  for (let g = 0; g < k; g++) {
    if (x.w[g] <= 0) continue;
    const p = x.w[g] / x.W;
    const mg = x.s[g] / x.w[g];
    m += p * mg;
    m2 += p * mg * mg;
  }
  return Math.max(0, m2 - m * m);
}
var unitTotals = /* @__PURE__ */ new WeakMap();
function pairedTotals(dLoss, weight) {
  const hit = weight === null ? unitTotals.get(dLoss) : void 0;
  if (hit) return hit;
  let W = 0;
  let T = 0;
  let T2 = 0;
  const ws = weight ?? UNIT_WEIGHT;
  const step = weight ? 1 : 0;
  for (let i = 0; i < dLoss.length; i++) {
    const d = dLoss[i];
    if (!Number.isFinite(d)) continue;
    const w = ws[i * step];
    if (!(w > 0)) continue;
    W += w;
    T += w * d;
    T2 += w * d * d;
  }
  const totals = { W, T, T2 };
  if (weight === null) unitTotals.set(dLoss, totals);
  return totals;
}
function pairedShare(sums2, spread2) {
  const { W, T, T2, A } = sums2;
  if (W <= 0) return null;
  const total3 = T / W;
  const varTotal = Math.max(0, T2 / W - total3 * total3) / Math.max(1, W - 1);
  if (!(Math.abs(total3) > 0) || Math.abs(total3) / Math.sqrt(varTotal) < MIN_TOTAL_Z) return null;
  const s = A / T;
  const meanA = A / W;
  const { v, vA } = spread2(s, meanA);
  const se = Math.sqrt(v) / Math.abs(T);
  return {
    share: s,
    lo: s - Z95 * se,
    hi: s + Z95 * se,
    total: { value: total3, se: Math.sqrt(varTotal) },
    part: { value: meanA, se: Math.sqrt(vA / Math.max(1, W - 1) / W) }
  };
}
function pairedRowShare(dLoss, touched, weight = null) {
  const n = dLoss.length;
  const { W, T, T2 } = pairedTotals(dLoss, weight);
  const ws = weight ?? UNIT_WEIGHT;
  const step = weight ? 1 : 0;
  let A = 0;
  for (let i = 0; i < n; i++) {
    const d = dLoss[i];
    if (!Number.isFinite(d)) continue;
    const w = ws[i * step];
    if (!(w > 0)) continue;
    if (touched[i]) A += w * d;
  }
  return pairedShare({ W, T, T2, A }, (s, meanA) => {
    let v = 0;
    let vA = 0;
    for (let i = 0; i < n; i++) {
      const d = dLoss[i];
      if (!Number.isFinite(d)) continue;
      const w = ws[i * step];
      if (!(w > 0)) continue;
      const a = touched[i] ? 1 : 0;
      v += w * ((a - s) * d) ** 2;
      vA += w * (a * d - meanA) ** 2;
    }
    return { v, vA };
  });
}
function pairedSegmentShare(base, cur, codes, code2, weight = null) {
  const n = cur.length;
  const ws = weight ?? UNIT_WEIGHT;
  const step = weight ? 1 : 0;
  let rows = 0;
  let W = 0;
  let T = 0;
  let T2 = 0;
  let A = 0;
  for (let i = 0; i < n; i++) {
    const inPart = codes[i] === code2;
    rows += inPart ? 1 : 0;
    const d = cur[i] - base[i];
    const w = ws[i * step];
    const ok = Number.isFinite(d) && w > 0;
    const wu = ok ? w : 0;
    const du = ok ? d : 0;
    W += wu;
    T += wu * du;
    T2 += wu * du * du;
    A += inPart ? wu * du : 0;
  }
  if (rows === 0) return { share: null, rows };
  const share2 = pairedShare({ W, T, T2, A }, (s, meanA) => {
    let v = 0;
    let vA = 0;
    for (let i = 0; i < n; i++) {
      const d = cur[i] - base[i];
      const w = ws[i * step];
      const ok = Number.isFinite(d) && w > 0;
      const wu = ok ? w : 0;
      const du = ok ? d : 0;
      const a = codes[i] === code2 ? 1 : 0;
      v += wu * ((a - s) * du) ** 2;
      vA += wu * (a * du - meanA) ** 2;
    }
    return { v, vA };
  });
  return { share: share2, rows };
}

// src/analysis/attribution/attribute.ts
function segmenterOf(ctx, column2) {
  let seg2 = ctx.segmenters.get(column2);
  if (seg2 === void 0) ctx.segmenters.set(column2, seg2 = buildSegmenter(column2, ctx.src));
  return seg2;
}
var LossTable = class {
  constructor(makers) {
    this.makers = makers;
  }
  makers;
  made = /* @__PURE__ */ new Map();
  /** Whether the pair has this loss (a probabilistic one needs scores in [0, 1] in both runs). */
  has(kind) {
    return this.get(kind) !== void 0;
  }
  get(kind) {
    if (!this.made.has(kind)) this.made.set(kind, this.makers.get(kind)?.() ?? null);
    return this.made.get(kind) ?? void 0;
  }
};
var LOSS_OF_METRIC = {
  accuracy: "error",
  balanced_accuracy: "error",
  f1: "error",
  f1_macro: "error",
  f1_weighted: "error",
  precision: "error",
  recall: "error",
  auc: "log_loss",
  auc_ovr_macro: "log_loss",
  average_precision: "log_loss",
  log_loss: "log_loss",
  brier: "log_loss",
  ece: "log_loss",
  rmse: "squared_error",
  mse: "squared_error",
  r2: "squared_error",
  mae: "abs_error",
  mape: "abs_error",
  mean_error: "abs_error"
};
function attributionLoss(ctx, metric) {
  const leaf = metric?.split(/[.:]/).pop()?.toLowerCase() ?? "";
  const want = LOSS_OF_METRIC[leaf] ?? (ctx.cur.task === "regression" ? "abs_error" : "error");
  if (ctx.losses.has(want)) return want;
  return ctx.cur.task === "regression" ? "abs_error" : "error";
}
var LOSS_LABEL = {
  metric: "metric itself",
  error: "error rate",
  log_loss: "log loss",
  abs_error: "absolute error",
  squared_error: "squared error"
};
function attributionContext(base, cur) {
  if (!base || base.task !== cur.task || !base.yPred || !cur.yPred) return null;
  const caps = capabilities(base, cur);
  const rowsB = usableRows(base, caps);
  const rowsC = usableRows(cur, caps);
  if (rowsB.length === 0 || rowsC.length === 0) return null;
  const p = pairRows(base, rowsB, cur, rowsC);
  const src = p.paired ? { base: { view: base, rows: p.base }, cur: { view: cur, rows: p.cur }, paired: true } : { base: { view: base, rows: rowsB }, cur: { view: cur, rows: rowsC }, paired: false };
  const losses = /* @__PURE__ */ new Map();
  let yBase = null;
  let yCur = null;
  let classes = 0;
  if (cur.task === "regression") {
    const err = (v, rows, squared) => {
      const out = new Float64Array(rows.length);
      const pred = v.yPred;
      const y = v.yTrue;
      for (let i = 0; i < rows.length; i++) {
        const e = pred[rows[i]] - y[rows[i]];
        out[i] = squared ? e * e : Math.abs(e);
      }
      return out;
    };
    losses.set("abs_error", () => ({ base: err(base, src.base.rows, false), cur: err(cur, src.cur.rows, false) }));
    losses.set("squared_error", () => ({ base: err(base, src.base.rows, true), cur: err(cur, src.cur.rows, true) }));
  } else {
    const space = unifyClasses(base, cur);
    classes = space.classes.length;
    const mapped = (codes, rows, map) => {
      const out = new Int32Array(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = map[codes[rows[i]]];
      return out;
    };
    const errors = (codes, rows, map, y) => {
      const out = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = +(map[codes[rows[i]]] !== y[i]);
      return out;
    };
    yBase = mapped(base.yTrue, src.base.rows, space.baseMap);
    yCur = mapped(cur.yTrue, src.cur.rows, space.curMap);
    const yb = yBase;
    const yc = yCur;
    losses.set("error", () => ({ base: errors(base.yPred, src.base.rows, space.baseMap, yb), cur: errors(cur.yPred, src.cur.rows, space.curMap, yc) }));
    if (caps.probabilistic) {
      const ll = (v, rows, y, map) => {
        if (v.task === "binary" && v.score) {
          const flip = map[1] === 0;
          const score = v.score;
          const out = new Float64Array(rows.length);
          for (let i = 0; i < rows.length; i++) {
            const s = score[rows[i]];
            out[i] = binaryLogLossRow(y[i], flip ? 1 - s : s);
          }
          return out;
        }
        if (v.probs) {
          const probs = [];
          for (let c = 0; c < classes; c++) probs.push(new Float64Array(rows.length));
          v.probs.forEach((col, vc) => {
            const target = probs[map[vc]];
            for (let i = 0; i < rows.length; i++) target[i] = col[rows[i]];
          });
          return Float64Array.from(rows, (_r, i) => multiclassLogLossRow(y[i], probs, i));
        }
        return null;
      };
      losses.set("log_loss", () => {
        const lb = ll(base, src.base.rows, yb, space.baseMap);
        const lc = ll(cur, src.cur.rows, yc, space.curMap);
        return lb && lc ? { base: lb, cur: lc } : null;
      });
    }
  }
  return { base, cur, src, losses: new LossTable(losses), yBase, yCur, classes, segmenters: /* @__PURE__ */ new Map(), segmentShares: /* @__PURE__ */ new Map() };
}
function lossOf(ctx, kind) {
  return ctx.losses.get(kind) ?? null;
}
function weightsOf2(v, rows) {
  return v.weight ? Float64Array.from(rows, (r) => v.weight[r]) : null;
}
function columnOf(v, name2) {
  return v.table.columns.find((c) => c.name === name2);
}
var SAME_VALUE_REL = 1e-9;
function changedMask(ctx, names) {
  const rb = ctx.src.base.rows;
  const rc = ctx.src.cur.rows;
  const out = new Uint8Array(rb.length);
  for (const name2 of names) {
    const cb = columnOf(ctx.base, name2);
    const cc = columnOf(ctx.cur, name2);
    if (!cb || !cc || cb.kind !== cc.kind) {
      out.fill(1);
      return out;
    }
    if (cb.kind === "number" && cc.kind === "number") {
      for (let k = 0; k < rb.length; k++) {
        const i = rb[k];
        const j = rc[k];
        const a = cb.values[i];
        const b = cc.values[j];
        if (cb.missing[i] !== cc.missing[j]) out[k] = 1;
        else if (Number.isNaN(a) !== Number.isNaN(b)) out[k] = 1;
        else if (!Number.isNaN(a) && Math.abs(a - b) > SAME_VALUE_REL * Math.max(Math.abs(a), Math.abs(b), 1e-300)) out[k] = 1;
      }
    } else if (cb.kind === "string" && cc.kind === "string") {
      const index = new Map(cb.dict.map((t, i) => [t, i]));
      const map = Int32Array.from(cc.dict, (t) => index.get(t) ?? -2);
      for (let k = 0; k < rb.length; k++) {
        const a = cb.codes[rb[k]];
        const c = cc.codes[rc[k]];
        const b = c < 0 ? -1 : map[c];
        if (a !== b) out[k] = 1;
      }
    }
  }
  return out;
}
function decompose(ctx, loss, gb, gc, k) {
  return shiftShare({ group: gb, loss: loss.base, weight: weightsOf2(ctx.base, ctx.src.base.rows) }, { group: gc, loss: loss.cur, weight: weightsOf2(ctx.cur, ctx.src.cur.rows) }, k);
}
var diffs = /* @__PURE__ */ new WeakMap();
function pairedDiff(loss) {
  let d = diffs.get(loss);
  if (d) return d;
  d = new Float64Array(loss.cur.length);
  for (let k = 0; k < d.length; k++) d[k] = loss.cur[k] - loss.base[k];
  diffs.set(loss, d);
  return d;
}
function count3(mask) {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i];
  return n;
}
function changedRowsShare(ctx, kind, columns, label = false) {
  const loss = lossOf(ctx, kind);
  if (!ctx.src.paired || !loss) return null;
  const mask = changedMask(ctx, columns);
  if (label) {
    if (ctx.yBase && ctx.yCur) {
      for (let k = 0; k < mask.length; k++) if (ctx.yBase[k] !== ctx.yCur[k]) mask[k] = 1;
    } else {
      const rb = ctx.src.base.rows;
      const rc = ctx.src.cur.rows;
      for (let k = 0; k < mask.length; k++) if (ctx.base.yTrue[rb[k]] !== ctx.cur.yTrue[rc[k]]) mask[k] = 1;
    }
  }
  const touched = count3(mask);
  if (touched === 0) return null;
  const share2 = pairedRowShare(pairedDiff(loss), mask, weightsOf2(ctx.cur, ctx.src.cur.rows));
  return share2 ? { method: "changed_rows", loss: kind, share: share2, rows: touched } : null;
}
function segmentShare(ctx, kind, column2, value) {
  const key = JSON.stringify([kind, column2, value]);
  const hit = ctx.segmentShares.get(key);
  if (hit !== void 0) return hit;
  const answer = segmentShareOnce(ctx, kind, column2, value);
  ctx.segmentShares.set(key, answer);
  return answer;
}
function segmentShareOnce(ctx, kind, column2, value) {
  const loss = lossOf(ctx, kind);
  if (!loss) return null;
  const seg2 = segmenterOf(ctx, column2);
  if (!seg2) return null;
  const g = seg2.labels.indexOf(value);
  if (g < 0) return null;
  if (ctx.src.paired) {
    const r = pairedSegmentShare(loss.base, loss.cur, seg2.cur, g, weightsOf2(ctx.cur, ctx.src.cur.rows));
    return r.share ? { method: "segment", loss: kind, share: r.share, rows: r.rows } : null;
  }
  const ss = decompose(ctx, loss, seg2.base, seg2.cur, seg2.labels.length);
  const grp = ss?.groups.find((x) => x.group === g);
  if (!ss || !grp || grp.mCur === null) return null;
  const share2 = shareOfPart(grp.within, ss.total);
  return share2 ? { method: "segment", loss: kind, share: share2, rows: grp.nCur } : null;
}
function segmentValueAt(ctx, column2, x) {
  const seg2 = segmenterOf(ctx, column2);
  if (!seg2 || seg2.kind !== "bin") return null;
  for (const label of seg2.labels) {
    const m = /^\[(.+), (.+)([)\]])$/.exec(label);
    if (!m) continue;
    const lo = Number(m[1]);
    const hi = Number(m[2]);
    if (x >= lo && (x < hi || m[3] === "]" && x <= hi)) return label;
  }
  return null;
}
function largestSegmentShare(ctx, kind, column2) {
  const seg2 = segmenterOf(ctx, column2);
  if (!seg2) return null;
  let best = null;
  for (const value of seg2.labels) {
    const a = segmentShare(ctx, kind, column2, value);
    if (a && (!best || a.share.share > best.share.share)) best = { ...a, value, segments: seg2.labels.length };
  }
  return best;
}
function mixShare(ctx, kind, column2) {
  const loss = lossOf(ctx, kind);
  if (!loss || ctx.src.paired) return null;
  const seg2 = segmenterOf(ctx, column2);
  if (!seg2 || !seg2.base) return null;
  const ss = decompose(ctx, loss, seg2.base, seg2.cur, seg2.labels.length);
  if (!ss) return null;
  const share2 = shareOfPart(ss.mix, ss.total, 0);
  return share2 ? { method: "mix", loss: kind, share: share2, rows: ctx.src.cur.rows.length } : null;
}
var TARGET_BINS = 5;
var ROWS_PER_TARGET_BIN = 50;
function labelGroups(ctx) {
  if (ctx.yBase && ctx.yCur) return { base: ctx.yBase, cur: ctx.yCur, k: ctx.classes };
  const yb = Float64Array.from(ctx.src.base.rows, (r) => ctx.base.yTrue[r]);
  const yc = Float64Array.from(ctx.src.cur.rows, (r) => ctx.cur.yTrue[r]);
  const sorted = Float64Array.from(yb).sort();
  if (sorted.length < TARGET_BINS) return null;
  const bins = Math.max(TARGET_BINS, Math.floor(sorted.length / ROWS_PER_TARGET_BIN));
  const edges = [];
  for (let q = 1; q < bins; q++) {
    const e = sorted[Math.floor(q * sorted.length / bins)];
    if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
  }
  const bin = (v) => {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (v >= edges[mid]) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { base: Int32Array.from(yb, bin), cur: Int32Array.from(yc, bin), k: edges.length + 1 };
}
function priorShare(ctx, kind) {
  const loss = lossOf(ctx, kind);
  if (!loss) return null;
  const g = labelGroups(ctx);
  if (!g) return null;
  const ss = decompose(ctx, loss, g.base, g.cur, g.k);
  if (!ss) return null;
  const share2 = shareOfPart(ss.mix, ss.total, 0);
  return share2 ? { method: "prior", loss: kind, share: share2, rows: ctx.src.cur.rows.length, reweightedBase: ss.reweightedBase.value, base: ss.base, cur: ss.cur } : null;
}
function modelShare(ctx, kind) {
  const loss = lossOf(ctx, kind);
  if (!loss) return null;
  if (ctx.src.paired) {
    const cols = ctx.cur.features.map((c) => c.name);
    const changed = changedMask(ctx, cols);
    if (ctx.yBase && ctx.yCur) {
      for (let k = 0; k < changed.length; k++) if (ctx.yBase[k] !== ctx.yCur[k]) changed[k] = 1;
    }
    const same = Uint8Array.from(changed, (x) => 1 - x);
    const n = count3(same);
    if (n === 0) return null;
    const share3 = pairedRowShare(pairedDiff(loss), same, weightsOf2(ctx.cur, ctx.src.cur.rows));
    return share3 ? { method: "model", loss: kind, share: share3, rows: n } : null;
  }
  const g = labelGroups(ctx);
  if (!g) return null;
  const ss = decompose(ctx, loss, g.base, g.cur, g.k);
  if (!ss) return null;
  const share2 = shareOfPart(ss.within, ss.total);
  return share2 ? { method: "model", loss: kind, share: share2, rows: ctx.src.cur.rows.length } : null;
}
function missingRowsShare(ctx, kind, column2) {
  const loss = lossOf(ctx, kind);
  if (!loss) return null;
  const cb = columnOf(ctx.base, column2);
  const cc = columnOf(ctx.cur, column2);
  if (!cc) return null;
  const isMissing = (c, r) => !c || (c.kind === "number" ? c.missing[r] === 1 || !Number.isFinite(c.values[r]) : c.codes[r] < 0);
  const gb = Int32Array.from(ctx.src.base.rows, (r) => isMissing(cb, r) ? 1 : 0);
  const gc = Int32Array.from(ctx.src.cur.rows, (r) => isMissing(cc, r) ? 1 : 0);
  if (ctx.src.paired) {
    const mask = Uint8Array.from(gc);
    const n = count3(mask);
    if (n === 0) return null;
    const share3 = pairedRowShare(pairedDiff(loss), mask, weightsOf2(ctx.cur, ctx.src.cur.rows));
    return share3 ? { method: "changed_rows", loss: kind, share: share3, rows: n } : null;
  }
  const ss = decompose(ctx, loss, gb, gc, 2);
  const grp = ss?.groups.find((x) => x.group === 1);
  if (!ss || !grp || grp.mCur === null) return null;
  const share2 = shareOfPart(grp.within, ss.total);
  return share2 ? { method: "changed_rows", loss: kind, share: share2, rows: grp.nCur } : null;
}
function duplicateRowsShare(ctx, kind) {
  const loss = lossOf(ctx, kind);
  if (!loss) return null;
  const rows = ctx.src.cur.rows;
  const m = rows.length;
  if (m === 0) return null;
  const label = ctx.cur.table.columns.find((c) => c.name === ctx.cur.labelColumn);
  const cols = label ? [...ctx.cur.features, label] : [...ctx.cur.features];
  if (cols.length === 0) return null;
  const index = new HashIndex(hashRows(cols, ctx.cur.n, rows), m);
  const group = new Int32Array(m);
  const mult = new Float64Array(m);
  let copies = 0;
  for (let k = 0; k < m; k++) {
    const f = index.add(k);
    group[k] = f < 0 ? k : f;
    mult[group[k]] += 1;
    if (f >= 0) copies++;
  }
  if (copies === 0) return null;
  const u = weightsOf2(ctx.cur, rows);
  const l = loss.cur;
  let U = 0;
  let V = 0;
  let LU = 0;
  let LV = 0;
  for (let k = 0; k < m; k++) {
    const uk = u ? u[k] : 1;
    const vk = uk / mult[group[k]];
    U += uk;
    V += vk;
    LU += uk * l[k];
    LV += vk * l[k];
  }
  if (!(U > 0) || !(V > 0)) return null;
  const lAll = LU / U;
  const partValue = lAll - LV / V;
  let total3;
  let cov = 0;
  let partVar = 0;
  if (ctx.src.paired) {
    const d = pairedDiff(loss);
    let D = 0;
    for (let k = 0; k < m; k++) D += (u ? u[k] : 1) * d[k];
    D /= U;
    let vd = 0;
    for (let k = 0; k < m; k++) {
      const uk = u ? u[k] : 1;
      const c = uk / U - uk / mult[group[k]] / V;
      partVar += c * c * (l[k] - lAll) ** 2;
      cov += c * (uk / U) * (l[k] - lAll) * (d[k] - D);
      vd += (uk / U) ** 2 * (d[k] - D) ** 2;
    }
    total3 = { value: D, se: Math.sqrt(vd) };
  } else {
    const meanVar = (x, w) => {
      let W = 0;
      let S = 0;
      for (let k = 0; k < x.length; k++) {
        W += w ? w[k] : 1;
        S += (w ? w[k] : 1) * x[k];
      }
      const mu = S / W;
      let v = 0;
      for (let k = 0; k < x.length; k++) v += ((w ? w[k] : 1) / W) ** 2 * (x[k] - mu) ** 2;
      return [mu, v];
    };
    const [mb, vb] = meanVar(loss.base, weightsOf2(ctx.base, ctx.src.base.rows));
    const [, vc] = meanVar(l, u);
    total3 = { value: lAll - mb, se: Math.sqrt(vb + vc) };
    for (let k = 0; k < m; k++) {
      const uk = u ? u[k] : 1;
      const c = uk / U - uk / mult[group[k]] / V;
      partVar += c * c * (l[k] - lAll) ** 2;
      cov += c * (uk / U) * (l[k] - lAll) ** 2;
    }
  }
  const share2 = shareOfPart({ value: partValue, se: Math.sqrt(partVar) }, total3, cov);
  return share2 ? { method: "duplicates", loss: kind, share: share2, rows: copies } : null;
}
function shareOfPart(part, total3, cov) {
  return cov === void 0 ? shareOf3(part, total3) : shareOf3(part, total3, cov);
}
function priorRatios(g, wb, wc) {
  const pb = new Float64Array(g.k);
  const pc = new Float64Array(g.k);
  g.base.forEach((c, i) => pb[c] += wb ? wb[i] : 1);
  g.cur.forEach((c, i) => pc[c] += wc ? wc[i] : 1);
  const nb = pb.reduce((a, b) => a + b, 0);
  const nc = pc.reduce((a, b) => a + b, 0);
  return Float64Array.from(pb, (x, c) => x > 0 ? pc[c] / nc / (x / nb) : 0);
}
function calibrationRowsOf(v, rows, y, map, classes) {
  if (v.task === "binary" && v.score) {
    const flip = map[1] === 0;
    return { conf: Float64Array.from(rows, (r) => flip ? 1 - v.score[r] : v.score[r]), hit: Uint8Array.from(y, (c) => c === 1 ? 1 : 0) };
  }
  if (!v.probs) return null;
  const conf = new Float64Array(rows.length);
  const hit = new Uint8Array(rows.length);
  const unified = Array.from({ length: classes }, () => null);
  v.probs.forEach((col, vc) => unified[map[vc]] = col);
  for (let i = 0; i < rows.length; i++) {
    let top = -1;
    let best = -Infinity;
    for (let c = 0; c < classes; c++) {
      const col = unified[c];
      if (!col) continue;
      const p = col[rows[i]];
      if (p > best) {
        best = p;
        top = c;
      }
    }
    conf[i] = best;
    hit[i] = top === y[i] ? 1 : 0;
  }
  return { conf, hit };
}
function priorReweightedEce(ctx, ece) {
  if (!ctx.yBase || !ctx.yCur) return null;
  const space = unifyClasses(ctx.base, ctx.cur);
  const rb = calibrationRowsOf(ctx.base, ctx.src.base.rows, ctx.yBase, space.baseMap, ctx.classes);
  const rc = calibrationRowsOf(ctx.cur, ctx.src.cur.rows, ctx.yCur, space.curMap, ctx.classes);
  if (!rb || !rc) return null;
  const wb = weightsOf2(ctx.base, ctx.src.base.rows);
  const wc = weightsOf2(ctx.cur, ctx.src.cur.rows);
  const ratio = priorRatios({ base: ctx.yBase, cur: ctx.yCur, k: ctx.classes }, wb, wc);
  const w = Float64Array.from(ctx.yBase, (c, i) => ratio[c] * (wb ? wb[i] : 1));
  return { base: ece({ ...rb, weight: wb }), reweighted: ece({ ...rb, weight: w }), cur: ece({ ...rc, weight: wc }) };
}
function priorReweightedMetrics(ctx) {
  const g = labelGroups(ctx);
  if (!g) return null;
  const ratio = priorRatios(g, weightsOf2(ctx.base, ctx.src.base.rows), weightsOf2(ctx.cur, ctx.src.cur.rows));
  const weight = new Float64Array(ctx.base.n);
  const rows = ctx.src.base.rows;
  for (let i = 0; i < rows.length; i++) weight[rows[i]] = ratio[g.base[i]] * (ctx.base.weight ? ctx.base.weight[rows[i]] : 1);
  const view = { ...ctx.base, weight };
  const caps = { ...capabilities(ctx.base, ctx.cur), weighted: true };
  let run;
  if (ctx.cur.task === "regression") run = buildRegRun(view, rows);
  else {
    const space = unifyClasses(ctx.base, ctx.cur);
    run = buildClassRun(view, rows, space, space.baseMap, caps);
  }
  const names = metricNames([run]);
  const out = new Float64Array(names.length);
  makeKernel(run, names).evaluate(null, out);
  return new Map(names.map((m, j) => [m, out[j]]));
}

// src/diagnosis/attribution.ts
var SHARE_MOST = 0.5;
var SHARE_LITTLE = 0.2;
var MODEL_SIDE = /* @__PURE__ */ new Set(["learning_rate", "training_instability", "overfitting", "underfitting", "config_change"]);
function attributionInput(a, headlineMetric) {
  for (const p of a.evalPairs) {
    if (!p.base) continue;
    const ctx = attributionContext(p.base, p.cur);
    if (ctx) return { ctx, loss: attributionLoss(ctx, headlineMetric), metric: headlineMetric };
  }
  return null;
}
function attributeSignal(inp, s) {
  const { ctx, loss } = inp;
  const kind = s.details["kind"];
  const comparison = s.details["comparison"];
  if (s.category === "label_noise" && ctx.src.paired) return changedRowsShare(ctx, loss, [], true);
  if (s.segment && !s.segment.column.includes(" & ") && s.category !== "feature_drift") return segmentShare(ctx, loss, s.segment.column, s.segment.value);
  switch (s.category) {
    case "segment_regression":
    case "bias":
      return s.segment ? segmentShare(ctx, loss, s.segment.column, s.segment.value) : null;
    case "feature_drift": {
      if (comparison === "reference" && s.feature) {
        const reduced = s.details["most_reduced_value"];
        if (typeof reduced === "string") {
          const a = segmentShare(ctx, loss, s.feature, reduced);
          if (a) return { ...a, segmentValue: reduced, segments: 1 };
        }
        const at = s.details["most_reduced_at"];
        const bin = typeof at === "number" ? segmentValueAt(ctx, s.feature, at) : null;
        if (bin !== null) {
          const a = segmentShare(ctx, loss, s.feature, bin);
          if (a) return { ...a, segmentValue: bin, segments: 1 };
        }
        const best = largestSegmentShare(ctx, loss, s.feature);
        return best ? { ...best, segmentValue: best.value, segments: best.segments } : null;
      }
      if (s.segment) return segmentShare(ctx, loss, s.segment.column, s.segment.value);
      if (!s.feature) return null;
      return ctx.src.paired ? changedRowsShare(ctx, loss, [s.feature]) : mixShare(ctx, loss, s.feature);
    }
    case "preprocessing":
      if (!s.feature) return null;
      return changedRowsShare(ctx, loss, [s.feature, ...typeof s.details["partner"] === "string" ? [s.details["partner"]] : []]);
    case "data_quality": {
      if (kind === "duplicate_rows") return duplicateRowsShare(ctx, loss);
      if (!s.feature) return null;
      if (kind === "missing" || kind === "nan" || kind === "inf" || kind === "type_change" || kind === "column_removed" || kind === "column_renamed") {
        return ctx.src.paired ? changedRowsShare(ctx, loss, [s.feature]) : missingRowsShare(ctx, loss, s.feature);
      }
      return ctx.src.paired ? changedRowsShare(ctx, loss, [s.feature]) : null;
    }
    case "label_shift":
      if (typeof s.details["prior_share"] === "number") return priorMetricAttribution(s);
      return ctx.src.paired ? changedRowsShare(ctx, loss, [], true) : priorShare(ctx, loss);
    default:
      return MODEL_SIDE.has(s.category) ? modelShare(ctx, loss) : null;
  }
}
function priorMetricAttribution(s) {
  const d = s.details;
  const num3 = (k) => typeof d[k] === "number" ? d[k] : NaN;
  const [share2, lo, hi, base, rw, cur] = ["prior_share", "prior_share_lo", "prior_share_hi", "prior_metric_base", "prior_metric_reweighted", "prior_metric_current"].map(num3);
  if (![share2, lo, hi, base, rw, cur].every(Number.isFinite)) return null;
  return {
    method: "prior_metric",
    loss: "metric",
    share: { share: share2, lo, hi, total: { value: cur - base, se: 0 }, part: { value: rw - base, se: 0 } },
    rows: typeof d["n"] === "number" ? d["n"] : 0,
    metricValues: { base, reweighted: rw, current: cur }
  };
}
function priorImpactSignals(a, inp, headline2, signals) {
  const metric = headline2.metric;
  const base = headline2.details["baseline"];
  const cur = headline2.details["current"];
  const lo = headline2.details["ciLow"];
  const hi = headline2.details["ciHigh"];
  if (!metric || typeof base !== "number" || typeof cur !== "number" || typeof lo !== "number" || typeof hi !== "number") return { add: [], replace: [] };
  if (!(lo > 0 || hi < 0)) return { add: [], replace: [] };
  const shift = a.evalPairs.flatMap((p) => p.data.labelShift.filter((l) => l.comparison === "eval" && l.significant))[0];
  if (!shift) return { add: [], replace: [] };
  const rw = priorReweightedMetrics(inp.ctx)?.get(metric);
  if (rw === void 0 || !Number.isFinite(rw)) return { add: [], replace: [] };
  const part = rw - base;
  const share2 = part / (cur - base);
  const ends = [part / lo, part / hi];
  const sLo = Math.min(...ends);
  const sHi = Math.max(...ends);
  if (sLo < SHARE_MOST) return { add: [], replace: [] };
  const existing = signals.filter((s) => s.category === "label_shift" && s.details["comparison"] === "eval");
  const prev = existing[0];
  const moves2 = shift.shares.slice().sort((x, y) => Math.abs(y.cur - y.base) - Math.abs(x.cur - x.base)).slice(0, 3).map((m) => `${m.value} ${share(m.base)} \u2192 ${share(m.cur)}`);
  const signal = {
    category: "label_shift",
    area: "data",
    strength: Math.max(prev?.strength ?? 0, headline2.strength),
    significant: true,
    title: prev?.title ?? `Label distribution moved${moves2.length ? `: ${moves2.join(", ")}` : ""} (PSI ${r4(shift.psi)}), and the ${metric} moved with it`,
    source: shift.source,
    evidence: prev?.evidence ?? [{ text: `PSI ${r4(shift.psi)}, p ${r4(shift.pValue)}`, value: shift.psi }],
    details: {
      ...prev?.details ?? { comparison: "eval", column: shift.column, what: "label", psi: shift.psi, p_value: shift.pValue, n: shift.nCur },
      prior_share: share2,
      prior_share_lo: sLo,
      prior_share_hi: sHi,
      prior_metric_base: base,
      prior_metric_reweighted: rw,
      prior_metric_current: cur
    }
  };
  return { add: [signal], replace: existing };
}
function attributionText(a, metric) {
  const what = metric ? `the ${metric} regression` : `the regression`;
  const how = {
    changed_rows: `the id-matched rows whose value changed (${fmtRows(a.rows)})`,
    segment: `the change inside the segment (${fmtRows(a.rows)})`,
    mix: "the baseline model's loss under the new mix of values (covariate re-weighting)",
    prior: "the baseline model's loss under the new label mix (prior re-weighting)",
    model: `the rows whose inputs did not change (${fmtRows(a.rows)})`,
    prior_metric: "the baseline model under the current label mix (prior re-weighting)",
    duplicates: `the current rows with each duplicated row counted once (${a.rows} extra copies)`
  };
  if (a.method === "prior_metric" && a.metricValues) {
    const v = a.metricValues;
    return `Accounts for ${share(a.share.share)} of ${what} (95 % CI ${share(a.share.lo)} to ${share(a.share.hi)}, from the change's interval): the baseline model re-weighted to the current label mix scores ${r4(v.reweighted)} (baseline ${r4(v.base)}, current ${r4(v.current)})`;
  }
  return `Accounts for ${share(a.share.share)} of ${what} (95 % CI ${share(a.share.lo)} to ${share(a.share.hi)}), measured on the ${LOSS_LABEL[a.loss]} of ${how[a.method]}`;
}
var r4 = (v) => String(Number(v.toPrecision(4)));
function fmtRows(n) {
  return `${Number.isInteger(n) ? n : Number(n.toPrecision(4))} rows`;
}

// src/diagnosis/rules.ts
var SEVERITY_RANK = { info: 0, minor: 1, major: 2, critical: 3 };
var SHARE_TIE = 0.1;
var sameFeature = (a, b) => a.feature !== void 0 && a.feature === b.feature;
var sameSegment2 = (a, b) => a.segment !== void 0 && b.segment !== void 0 && a.segment.column === b.segment.column && a.segment.value === b.segment.value;
var isRangeQuality = (s) => s.category === "data_quality" && s.details["kind"] === "out_of_range";
var NEGLIGIBLE_PSI = 0.1;
var PRIOR_LEFT = 0.35;
var explainedByPrior = (s) => {
  const adj = s.details["prior_adjusted_psi"];
  const p = s.details["prior_adjusted_p"];
  const raw = s.segment ? s.details["segment_psi"] : s.details["psi"];
  if (typeof adj !== "number" || typeof raw !== "number" || adj > PRIOR_LEFT * raw) return false;
  return adj < NEGLIGIBLE_PSI || s.segment !== void 0 && typeof p === "number" && p > FDR;
};
var isBreak = (s) => s.category === "data_quality" && !isRangeQuality(s);
var NO_SAME_CATEGORY_MERGE = /* @__PURE__ */ new Set(["segment_regression", "config_change", "data_quality", "feature_drift", "infrastructure"]);
var MERGE_RULES = [
  {
    name: "one headline regression",
    why: "the metrics of one table move together: the strongest leads, the others are its evidence",
    applies: (a, b) => a.category === "metric_regression" && b.category === "metric_regression"
  },
  {
    name: "one population change in a segment",
    why: "several features drifting inside the same segment are one change of who is in it",
    applies: (a, b) => a.category === "feature_drift" && b.category === "feature_drift" && a.segment !== void 0 && sameSegment2(a, b)
  },
  {
    name: "one drift of a feature",
    why: "the same feature drifting overall and inside a segment: the localized finding carries it",
    applies: (a, b) => a.category === "feature_drift" && b.category === "feature_drift" && sameFeature(a, b)
  },
  {
    name: "a break shows as drift",
    why: "a unit change or a quality break of a feature also shows as a drift or out-of-range values of it",
    applies: (a, b) => (a.category === "preprocessing" || isBreak(a)) && (b.category === "feature_drift" || b.category === "data_quality") && sameFeature(a, b)
  },
  {
    name: "out-of-range values are the edge of a drift",
    why: "values outside the baseline range are what a drift looks like at its edge",
    applies: (a, b) => a.category === "feature_drift" && isRangeQuality(b) && sameFeature(a, b)
  },
  {
    name: "the same finding twice",
    why: "two findings of one category on the same feature and segment column say one thing (categories with several legitimate findings per feature excepted)",
    applies: (a, b) => a.category === b.category && !NO_SAME_CATEGORY_MERGE.has(a.category) && a.feature === b.feature && a.segment?.column === b.segment?.column
  }
];
function mergeRuleFor(keep, other) {
  return MERGE_RULES.find((r) => r.applies(keep, other)) ?? null;
}
var UPSTREAM_ORDER = [
  "leakage",
  "preprocessing",
  "data_quality",
  "label_noise",
  "learning_rate",
  "training_instability",
  "overfitting",
  "underfitting",
  "feature_drift",
  "bias",
  "config_change",
  "label_shift",
  "calibration"
];
function upstreamRank(c) {
  const i = UPSTREAM_ORDER.indexOf(c);
  return i < 0 ? UPSTREAM_ORDER.length : i;
}
function mayExplain(cause, effect) {
  if (SEVERITY_RANK[cause.severity] < SEVERITY_RANK[effect.severity]) return false;
  if (cause.share && effect.share && cause.share.share.share < effect.share.share.share - SHARE_TIE) return false;
  return true;
}
var EXPLAIN_RULES = [
  {
    name: "calibration and label shift follow an upstream cause that accounts for most of the regression",
    why: "coming earlier in the pipeline is not enough: the upstream cause must account for at least half of the regression (the lower bound of its share), so a duplicated-rows finding does not swallow a label-prior change; a drift that is the label shift seen through a feature explains nothing",
    applies: (m, n) => {
      const c = n.signal.category;
      return (c === "calibration" || c === "label_shift") && upstreamRank(m.signal.category) < upstreamRank(c) && m.share !== null && m.share.share.lo >= SHARE_MOST && !(m.signal.category === "feature_drift" && explainedByPrior(m.signal));
    }
  },
  {
    name: "a drift beside a break of the same feature is the break",
    why: "a unit change or a quality break moves the feature's distribution too",
    applies: (m, n) => n.signal.category === "feature_drift" && (m.signal.category === "preprocessing" || isBreak(m.signal)) && sameFeature(m.signal, n.signal)
  },
  {
    name: "a training-sample drift beside leakage is the leak",
    why: "leakage changes the training data, so any drift of the reference sample is part of it",
    applies: (m, n) => n.signal.category === "feature_drift" && m.signal.category === "leakage" && n.signal.details["comparison"] === "reference"
  },
  {
    name: "a drift that vanishes under the new label prior is the label shift",
    why: "a feature correlated with the label moves when the label mix moves; re-weighting the baseline to the new prior removes it",
    applies: (m, n) => n.signal.category === "feature_drift" && m.signal.category === "label_shift" && explainedByPrior(n.signal)
  },
  {
    name: "out-of-range values beside a drift of the feature are the drift's edge",
    why: "values past the baseline range are the tail of the moved distribution",
    applies: (m, n) => isRangeQuality(n.signal) && m.signal.category === "feature_drift" && sameFeature(m.signal, n.signal)
  }
];
function explainRuleFor(cause, effect) {
  if (cause === effect || !mayExplain(cause, effect)) return null;
  return EXPLAIN_RULES.find((r) => r.applies(cause, effect)) ?? null;
}
var ORDER_SECTIONS = [
  { name: "serious infrastructure", why: "a missing or cut-off artifact makes every other number suspect", take: (g) => g.seriousInfrastructure },
  { name: "the first cause", why: "what to fix first", take: (g) => g.strongCauses.slice(0, 1) },
  {
    name: "the headline regression and where it sits",
    why: "right after the first cause; with no cause found, the symptoms in their own order with at most one localized segment ahead of the headline",
    take: (g) => g.strongCauses.length > 0 ? [...g.metricSymptoms, ...g.namedSegments] : headlineFirst(g.headlineSymptoms, g.metricSymptoms)
  },
  { name: "the other strong causes", why: "further causes of major or critical severity", take: (g) => g.strongCauses.slice(1) },
  { name: "the other segments", why: "segments no cause names (with no cause found they came with the headline)", take: (g) => g.strongCauses.length > 0 ? g.restSymptoms : [] },
  { name: "minor causes", why: "possible causes that do not change the verdict", take: (g) => g.weakCauses },
  { name: "explained causes", why: "findings another cause accounts for", take: (g) => g.explained },
  { name: "other symptoms", why: "prediction shifts and calibration that follow the causes above", take: (g) => g.otherSymptoms },
  { name: "minor infrastructure", why: "notes about the artifacts that do not affect the numbers", take: (g) => g.minorInfrastructure }
];
function orderFindings(g) {
  return ORDER_SECTIONS.flatMap((s) => [...s.take(g)]);
}
function headlineFirst(ordered, metrics) {
  const lead = metrics[0];
  if (lead === void 0) return [...ordered];
  const firstAt = ordered.indexOf(lead);
  const ahead2 = firstAt > 0 ? ordered.slice(0, 1) : [];
  return [...ahead2, ...metrics, ...ordered.filter((n) => !ahead2.includes(n) && !metrics.includes(n))];
}

// src/diagnosis/config-cause.ts
var DATA_SIDE = /* @__PURE__ */ new Set(["leakage", "preprocessing", "data_quality", "label_noise", "label_shift", "feature_drift"]);
var counts = (s) => s.significant && s.strength >= 0.25;
function configRoleSignals(a, signals) {
  const weakening = classifyParams(a.paramChanges).filter(supportsUnderfitting);
  if (weakening.length === 0) return [];
  if (signals.some((s) => s.category === "config_change" || s.area === "training" && counts(s))) return [];
  if (signals.some((s) => DATA_SIDE.has(s.category) && counts(s))) return [];
  const regressions = signals.filter((s) => s.category === "metric_regression" && counts(s));
  if (regressions.length === 0) return [];
  const strongest = regressions.reduce((m, s) => s.strength > m.strength ? s : m);
  const main = weakening[0];
  const changes = weakening.map(describeChange);
  return [
    {
      category: "config_change",
      area: "model",
      strength: strongest.strength,
      significant: true,
      title: `${changes.join("; ")} weakens the model (${main.role === "epochs" ? "shorter training" : main.role === "capacity" ? "less capacity" : main.role === "regularization" || main.role === "dropout" ? "more regularisation" : "an earlier stop"}), and the model got worse on unchanged inputs`,
      evidence: [
        ...weakening.map((p) => ({ text: `changed parameter: ${describeChange(p)}`, ...p.ratio !== null ? { value: p.ratio } : {} })),
        { text: `regression it explains: ${strongest.title}` },
        { text: "no feature drift, data-quality, preprocessing, leakage or label signal reached minor severity: the eval inputs did not move" }
      ],
      details: {
        key: main.key,
        baseline: main.baseline,
        current: main.current,
        ratio: main.ratio,
        direction: main.direction,
        role: main.role,
        keys: weakening.map((p) => p.key).join(","),
        changes: changes.join("; "),
        suspected_by: "role"
      }
    }
  ];
}

// src/diagnosis/derived-signals.ts
var STRENGTH_MISSING_EVAL_TABLE = 0.6;
var STRENGTH_MISSING_TRAIN_LOG = 0.3;
var LOCALIZED = 2;
var counts2 = (s) => s.significant && s.strength >= 0.25;
var NOT_HEADLINE = /^(train|training|val|valid|validation|data|dataset|meta|info|time|timing|system)(\.|:|$)/i;
function metricFileSignals(a) {
  const rowTested = new Set(a.signals.filter((s) => s.category === "metric_regression" && s.metric).map((s) => s.metric.split(".").pop()));
  const rowsAvailable = a.evalPairs.some((p) => p.base !== null);
  const out = [];
  for (const m of a.metricDiffs) {
    if (m.status !== "regressed" || m.baseline === null || m.current === null || !m.directionKnown) continue;
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
var BASELINE_ERROR_STRENGTH = { fail: 0.9, warn: 0.5 };
var NO_BASELINE_YET_STRENGTH = 0.5;
function infrastructureSignals(a, baseline, onMissing) {
  const out = [];
  for (const p of a.problems) {
    if (p.truncated) {
      out.push({
        category: "infrastructure",
        area: "infrastructure",
        strength: STRENGTH_MISSING_EVAL_TABLE,
        significant: true,
        title: `A table was cut off mid-write: ${p.file} ends inside line ${p.truncated.line}`,
        source: p.file,
        evidence: [{ text: p.message }],
        details: {
          file: p.file,
          line: p.truncated.line,
          rows_kept: p.truncated.rowsKept,
          fix: `The step that writes ${p.file} was killed or its upload cut short (out of memory, a timeout, a full disk): check that job's log, then re-run it so the file is complete.`
        }
      });
      continue;
    }
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
  for (const m of a.missingInCurrent) {
    out.push({
      category: "infrastructure",
      area: "infrastructure",
      strength: m.kind === "eval table" ? STRENGTH_MISSING_EVAL_TABLE : STRENGTH_MISSING_TRAIN_LOG,
      significant: true,
      title: `The current run has no ${m.kind} where the baseline has ${m.path}`,
      source: m.path,
      evidence: [{ text: `baseline ${m.kind} ${m.path} has no counterpart in the current run: the step that writes it failed or was skipped` }],
      details: {
        file: m.path,
        fix: `Check the CI step that writes ${m.path}: it did not produce it for this run (a failed or skipped eval/training step). Re-run it; ${m.kind === "eval table" ? "the row-level comparison" : "the training-curve checks"} need it.`
      }
    });
  }
  if (!a.hasBaseline && baseline.fetchFailed) {
    out.push({
      category: "infrastructure",
      area: "infrastructure",
      strength: BASELINE_ERROR_STRENGTH[onMissing],
      significant: true,
      title: "The baseline could not be fetched: this run was not compared, so the gate cannot pass it",
      evidence: [{ text: baseline.reason ?? "the baseline source failed" }],
      details: {
        fix: "Fix the cause named in the evidence (permissions, rate limit, an expired artifact) and re-run the job; to let the gate warn instead while GitHub is failing, set on-missing-baseline: warn."
      }
    });
  } else if (!a.hasBaseline) {
    out.push({
      category: "infrastructure",
      area: "infrastructure",
      strength: NO_BASELINE_YET_STRENGTH,
      significant: true,
      title: "No baseline found: nothing to compare this run with",
      evidence: [{ text: baseline.reason ?? "no baseline directory was given" }],
      details: {
        fix: "Upload the artifacts directory as a workflow artifact on every push to the default branch (see examples/workflows/baseline-on-main.yml), or pass --baseline / baseline-path."
      }
    });
  } else if (a.counts.baseFiles === 0) {
    out.push({
      category: "infrastructure",
      area: "infrastructure",
      strength: BASELINE_ERROR_STRENGTH[onMissing],
      significant: true,
      title: "The baseline holds no artifacts ml-doctor recognises: nothing was compared",
      evidence: [{ text: "expected metrics.json, params.yaml, eval/*.csv, train_log.csv or data/*.csv in the baseline (CONTRACT \xA71)" }],
      details: { fix: "Check that the baseline job uploads the artifacts directory itself (not an empty or parent directory), or point --baseline / baseline-path at it." }
    });
  }
  if (a.hasBaseline && a.counts.curFiles === 0) {
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
var SYMPTOM_CATEGORIES2 = /* @__PURE__ */ new Set(["metric_regression", "segment_regression", "prediction_shift", "infrastructure", "config_change"]);
var ELIMINATION_CAP = 0.79;
var RESEED_ONLY_CAP = 0.49;
function configSuspectSignals(a, signals) {
  if (a.paramChanges.length === 0) return [];
  const regressions = signals.filter((s) => (s.category === "metric_regression" || s.category === "segment_regression") && counts2(s));
  if (regressions.length === 0) return [];
  const causes = signals.filter((s) => !SYMPTOM_CATEGORIES2.has(s.category) && counts2(s));
  if (causes.length > 0 || signals.some((s) => s.category === "config_change" || s.details["kind"] === "decision_rule")) return [];
  const strongest = regressions.reduce((m, s) => s.strength > m.strength ? s : m);
  const weak = (k) => /(seed|name|path|dir|source|version|snapshot|tag|comment|description|workers|threads|n_jobs|log_every|log_interval|logging_steps|verbose|verbosity)$/i.test(k);
  const keys = [...a.paramChanges].sort((x, y) => Number(weak(x.key)) - Number(weak(y.key)));
  const cap = keys.every((k) => weak(k.key)) ? RESEED_ONLY_CAP : ELIMINATION_CAP;
  const first = keys[0];
  const list2 = keys.slice(0, 5).map((p) => `${p.key}: ${String(p.baseline)} \u2192 ${String(p.current)}`);
  return [
    {
      category: "config_change",
      area: "model",
      strength: Math.min(cap, strongest.strength),
      significant: true,
      title: `${keys.length === 1 ? "Only one parameter changed" : `${keys.length} parameters changed`} and no data or training cause was found: ${list2[0]}`,
      evidence: [
        ...list2.map((t) => ({ text: t })),
        { text: `regression it must explain: ${strongest.title}` },
        { text: "ruled out upstream: no feature drift, data-quality, preprocessing, leakage, label or training-log signal reached minor severity" }
      ],
      details: { key: first.key, baseline: first.baseline, current: first.current, changed: keys.length, suspected_by: "elimination" }
    }
  ];
}
function localization(share2, n, total3) {
  if (n >= total3) return 1;
  if (share2 >= 1) return Infinity;
  if (share2 <= 0) return 0;
  return share2 * (total3 - n) / (n * (1 - share2));
}
function trainingMixChanged(signals, column2) {
  return column2 !== void 0 && signals.some((s) => s.category === "feature_drift" && s.details["comparison"] === "reference" && s.feature === column2 && counts2(s));
}
function groupRegressionSignals(a, signals) {
  const protectedCols = new Set(a.evalPairs.flatMap((p) => p.base ? protectedColumnNames(p.cur) : []));
  if (protectedCols.size === 0) return [];
  const nCur = a.evalPairs.reduce((m, p) => Math.max(m, p.cur.n), 0);
  const trainingChanged = (col) => trainingMixChanged(signals, col);
  const upstream = signals.some(
    (s) => !SYMPTOM_CATEGORIES2.has(s.category) && s.category !== "bias" && counts2(s) && !(s.category === "feature_drift" && s.details["comparison"] === "reference" && protectedCols.has(s.feature ?? ""))
  );
  const byColumn = /* @__PURE__ */ new Map();
  for (const s of signals) {
    if (s.category !== "segment_regression" || !counts2(s) || !s.segment || s.segment.column.includes(" & ")) continue;
    const col = s.segment.column;
    if (!protectedCols.has(col) || signals.some((b) => b.category === "bias" && b.segment?.column === col && counts2(b))) continue;
    if (upstream && !trainingChanged(col)) continue;
    const share2 = s.details["shareOfDrop"];
    const n = s.details["n"];
    if (typeof share2 === "number" && typeof n === "number" && nCur > 0 && localization(share2, n, nCur) < LOCALIZED) continue;
    const prev = byColumn.get(col);
    if (!prev || s.strength > prev.strength) byColumn.set(col, s);
  }
  return [...byColumn.values()].map((s) => ({
    category: "bias",
    area: "model",
    strength: s.strength,
    significant: true,
    title: `Protected group ${s.segment.column}=${s.segment.value} got worse than the rest of the data`,
    ...s.metric !== void 0 ? { metric: s.metric } : {},
    segment: { column: s.segment.column, value: s.segment.value },
    evidence: [
      { text: s.title },
      ...s.evidence,
      {
        text: trainingChanged(s.segment.column) ? `the training data's make-up of ${s.segment.column} changed (reference sample drift)` : "no upstream data or training cause was found that explains the drop"
      }
    ],
    details: { ...s.details, derived_from: "segment_regression" }
  }));
}
var FEATURE_SIDE = /* @__PURE__ */ new Set(["feature_drift", "data_quality", "preprocessing"]);
function namedSegmentKeys(signals) {
  return new Set(namedGroups(signals).map((g) => `${g.column}\0${g.value}`));
}
function readNamedSegments(signals) {
  const keys = namedSegmentKeys(signals);
  if (keys.size === 0) return [...signals];
  return signals.map((s) => {
    const named = s.details["strength_named"];
    if (s.category !== "segment_regression" || !s.segment || typeof named !== "number" || !(named > s.strength)) return s;
    if (!keys.has(`${s.segment.column}\0${s.segment.value}`)) return s;
    return { ...s, strength: named, details: { ...s.details, read_at: "point estimate (segment named by a cause)" } };
  });
}
function namedSegmentSignals(a, signals) {
  const columns = /* @__PURE__ */ new Set();
  for (const s of signals) {
    if (!counts2(s) || SYMPTOM_CATEGORIES2.has(s.category)) continue;
    if (s.category === "feature_drift" && s.details["comparison"] === "reference" && s.feature) columns.add(s.feature);
    if (s.segment && !s.segment.column.includes(" & ")) columns.add(s.segment.column);
  }
  if (columns.size === 0) return [];
  const family = a.evalPairs.filter((p) => p.base !== null).flatMap((p) => confirmatorySegmentSignals(p.performance, columns));
  const groups = namedGroups(signals);
  const already = new Set([...signals, ...family].filter((s) => s.category === "segment_regression" && s.segment).map((s) => `${s.segment.column}\0${s.segment.value}`));
  const directional = groups.length === 0 ? [] : a.evalPairs.filter((p) => p.base !== null).flatMap((p) => namedGroupSignals(p.performance, groups, already));
  return [...family, ...directional];
}
function namedGroups(signals) {
  const out = /* @__PURE__ */ new Map();
  for (const s of signals) {
    if (!counts2(s) || !FEATURE_SIDE.has(s.category)) continue;
    const reduced = s.details["most_reduced_value"];
    const before = s.details["most_reduced_base"];
    const after2 = s.details["most_reduced_cur"];
    if (s.category === "feature_drift" && s.details["comparison"] === "reference" && s.feature && typeof reduced === "string") {
      const shares = typeof before === "number" && typeof after2 === "number" ? ` ${share(before)} \u2192 ${share(after2)}` : "";
      const key = `${s.feature}\0${reduced}`;
      if (!out.has(key)) out.set(key, { column: s.feature, value: reduced, because: `its share of the training sample fell${shares}` });
    } else if (s.segment && !s.segment.column.includes(" & ")) {
      const key = `${s.segment.column}\0${s.segment.value}`;
      if (!out.has(key)) out.set(key, { column: s.segment.column, value: s.segment.value, because: `${s.category.replaceAll("_", " ")} located there` });
    }
  }
  return [...out.values()];
}
var ALIASES = { roc_auc: "auc", logloss: "log_loss", acc: "accuracy", brier_score: "brier", ap: "average_precision", auc_ovr: "auc_ovr_macro" };
var CHECKABLE = /* @__PURE__ */ new Set(["accuracy", "precision", "recall", "f1", "f1_macro", "f1_weighted", "auc", "auc_ovr_macro", "average_precision", "log_loss", "brier", "rmse", "mae", "r2"]);
function rowMetricName(name2) {
  const leaf = name2.split(/[.:]/).pop().toLowerCase();
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
var DECISION_SAME_SCORES = 0.99;
var DECISION_MIN_FLIPS = 10;
var UNDECLARED_RULE_STRENGTH = 0.25;
var PARAM_RULE_STRENGTH = 0.2;
function decisionRuleSignals(a, regression) {
  const out = [];
  for (const p of a.evalPairs) {
    const b = p.base;
    const c = p.cur;
    if (!b || b.task !== "binary" || c.task !== "binary" || !b.score || !c.score || !b.yPred || !c.yPred || !b.ids || !c.ids) continue;
    if (b.classes[1] !== c.classes[1]) continue;
    const positional = sameIdSequence(b.ids, c.ids);
    const index = positional ? null : new HashIndex(b.ids, b.n);
    if (index) for (let i = b.n - 1; i >= 0; i--) index.add(i);
    let matched = 0;
    let same = 0;
    let flips = 0;
    let flipsToPos = 0;
    const th = { bNeg: -Infinity, bPos: Infinity, cNeg: -Infinity, cPos: Infinity };
    const changedEnough = (1 - DECISION_SAME_SCORES) * c.n + 1;
    let changed = 0;
    for (let j = 0; j < c.n; j++) {
      const i = index ? index.find(c.ids.h1[j], c.ids.h2[j]) : j;
      if (i < 0) continue;
      const sb = b.score[i];
      const sc = c.score[j];
      if (!Number.isFinite(sb) || !Number.isFinite(sc)) continue;
      matched++;
      if (Math.abs(sb - sc) > 1e-6 * Math.max(1, Math.abs(sb))) {
        if (++changed > changedEnough) break;
        continue;
      }
      same++;
      const pb = b.yPred[i];
      const pc = c.yPred[j];
      if (pb === 1) th.bPos = Math.min(th.bPos, sb);
      else if (pb === 0) th.bNeg = Math.max(th.bNeg, sb);
      if (pc === 1) th.cPos = Math.min(th.cPos, sc);
      else if (pc === 0) th.cNeg = Math.max(th.cNeg, sc);
      if (pb !== pc) {
        flips++;
        if (pc === 1) flipsToPos++;
      }
    }
    if (matched === 0 || same / matched < DECISION_SAME_SCORES || flips < DECISION_MIN_FLIPS) continue;
    const r33 = (v) => Number.isFinite(v) ? String(Number(v.toPrecision(3))) : "\u2014";
    const rule = (neg, pos) => `between ${r33(neg)} and ${r33(pos)}`;
    const within2 = (v, lo, hi) => typeof v === "number" && v > lo && v <= hi;
    const param = a.paramChanges.find((c2) => within2(c2.current, th.cNeg, th.cPos) && within2(c2.baseline, th.bNeg, th.bPos));
    if (param) {
      out.push({
        category: "config_change",
        area: "model",
        strength: regression ? Math.max(0.25, regression.strength) : PARAM_RULE_STRENGTH,
        significant: true,
        title: `The PR changed \`${param.key}\` ${String(param.baseline)} \u2192 ${String(param.current)}: the same scores now give ${flips} other decisions`,
        source: p.path,
        evidence: [
          { text: `${param.key}: ${String(param.baseline)} \u2192 ${String(param.current)}` },
          { text: `${same} of ${matched} id-matched rows have the same score in both runs; ${flips} predictions flipped on them`, value: flips },
          { text: `implied threshold: baseline ${rule(th.bNeg, th.bPos)}, current ${rule(th.cNeg, th.cPos)} \u2014 the parameter's values` },
          ...regression ? [{ text: `the regression it accounts for: ${regression.title}` }] : []
        ],
        details: { kind: "decision_rule", key: param.key, baseline: param.baseline, current: param.current, changed: a.paramChanges.length, flips, n: matched }
      });
      continue;
    }
    out.push({
      category: "prediction_shift",
      area: "model",
      strength: regression ? Math.max(UNDECLARED_RULE_STRENGTH, regression.strength) : UNDECLARED_RULE_STRENGTH,
      significant: true,
      title: `The decision rule changed, not the model: the scores of ${same} id-matched rows are the same, but ${flips} predictions flipped (threshold ${rule(th.bNeg, th.bPos)} \u2192 ${rule(th.cNeg, th.cPos)})`,
      source: p.path,
      evidence: [
        { text: `${same} of ${matched} id-matched rows have the same score in both runs`, value: same },
        { text: `${flips} predictions flipped on them: ${flipsToPos} to ${c.classes[1]}, ${flips - flipsToPos} to ${c.classes[0]}`, value: flips },
        { text: `implied threshold: baseline ${rule(th.bNeg, th.bPos)}, current ${rule(th.cNeg, th.cPos)}` },
        ...regression ? [{ text: `the regression it belongs to: ${regression.title}` }] : []
      ],
      details: {
        kind: "decision_rule",
        same_scores: same,
        matched_rows: matched,
        flips,
        flips_to_positive: flipsToPos,
        threshold_base_low: Number.isFinite(th.bNeg) ? th.bNeg : null,
        threshold_base_high: Number.isFinite(th.bPos) ? th.bPos : null,
        threshold_cur_low: Number.isFinite(th.cNeg) ? th.cNeg : null,
        threshold_cur_high: Number.isFinite(th.cPos) ? th.cPos : null,
        fix: "Find the serving or post-processing code that turns scores into classes (a hard-coded threshold, a changed cut-off, a calibration or rounding step) and restore the baseline rule, or make the threshold a reviewed parameter.",
        n: matched
      }
    });
  }
  return out;
}
var PREDICTS_HELD_OUT = /* @__PURE__ */ new Set(["overfitting", "underfitting", "learning_rate", "training_instability"]);
function predictedHeadlineSignals(a, signals) {
  if (signals.some((s) => s.category === "metric_regression" && s.significant && s.source !== "metrics file")) return [];
  const cause = signals.filter((s) => s.area === "training" && PREDICTS_HELD_OUT.has(s.category) && counts2(s)).sort((x, y) => y.strength - x.strength)[0];
  if (!cause) return [];
  const because = `${cause.category.replaceAll("_", " ")} in the training log`;
  return a.evalPairs.filter((p) => p.base !== null).flatMap((p) => confirmatoryMetricSignals(p.performance, because));
}

// src/diagnosis/diagnose.ts
var NO_REGRESSION_EXEMPT = /* @__PURE__ */ new Set(["leakage", "infrastructure", "bias", "calibration"]);
var RANKING_METRICS = /^(auc|auc_ovr_macro|average_precision|r2)$/;
var THRESHOLD_METRICS = /^(accuracy|f1|f1_macro|r2)$/;
var SYMPTOMS = /* @__PURE__ */ new Set(["metric_regression", "segment_regression", "prediction_shift"]);
var SEVERITY_BY_RANK = ["info", "minor", "major", "critical"];
var UPSTREAM = /* @__PURE__ */ new Set(["leakage", "preprocessing", "data_quality", "label_noise", "feature_drift", "learning_rate", "training_instability", "overfitting", "underfitting"]);
function severityOf(s) {
  if (!s.significant) return "info";
  if (s.strength >= 0.8) return "critical";
  if (s.strength >= 0.5) return "major";
  if (s.strength >= 0.25) return "minor";
  return "info";
}
function byStrength(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.signal.strength - a.signal.strength || (a.signal.title < b.signal.title ? -1 : 1);
}
function absorb(parent, child) {
  parent.extra.push({ text: child.signal.title, ...child.signal.details["psi"] !== void 0 && typeof child.signal.details["psi"] === "number" ? { value: child.signal.details["psi"] } : {} });
  parent.absorbed++;
}
function diagnose(analysis, config, baseline = { fetchFailed: false }) {
  const observed = [
    ...analysis.signals,
    ...metricFileSignals(analysis),
    ...infrastructureSignals(analysis, baseline, config.gate.onMissingBaseline),
    ...consistencySignals(analysis)
  ];
  observed.push(...predictedHeadlineSignals(analysis, observed));
  const headline2 = observed.filter((s) => s.category === "metric_regression" && s.significant && s.source !== "metrics file").sort((a, b) => b.strength - a.strength)[0];
  const attr = attributionInput(analysis, headline2?.metric ?? null);
  const prior = attr && headline2 ? priorImpactSignals(analysis, attr, headline2, observed) : { add: [], replace: [] };
  const observedPrior = [...observed.filter((s) => !prior.replace.includes(s)), ...prior.add];
  const named = [...observedPrior, ...namedSegmentSignals(analysis, observedPrior)];
  const confirmed = readNamedSegments([...named, ...attr && headline2 ? referenceSegmentSignals(attr, named, headline2) : []]);
  const withGroups = [...confirmed, ...groupRegressionSignals(analysis, confirmed), ...decisionRuleSignals(analysis, headline2)];
  const withConfig = [...withGroups, ...configRoleSignals(analysis, withGroups)];
  const nCur = analysis.summaryPairs.reduce((m, p) => Math.max(m, p.nCur), analysis.evalPairs.reduce((m, p) => Math.max(m, p.cur.n), 0));
  const kept = [...withConfig, ...configSuspectSignals(analysis, withConfig)].filter((sig) => !withinTolerance(sig, config));
  const namedKeys = namedSegmentKeys(kept);
  const signals = kept.map((sig) => headline2 ? sizedByImpact(sig, headline2, nCur, namedKeys) : sig);
  let nodes = signals.map((signal) => ({ signal, severity: severityOf(signal), extra: [], explainedBy: null, absorbed: 0, share: null })).filter((n) => n.severity !== "info" || n.signal.category === "infrastructure");
  nodes.sort(byStrength);
  nodes = mergeOneEvent(nodes);
  nodes = mergeWhere(nodes, (keep, other) => mergeRuleFor(keep.signal, other.signal) !== null);
  for (const bias2 of nodes.filter((n) => n.signal.category === "bias")) {
    nodes = nodes.filter((n) => {
      const isReference = n.signal.details["comparison"] === "reference";
      if (n.signal.category === "feature_drift" && isReference && n.signal.feature === bias2.signal.segment?.column) {
        absorb(bias2, n);
        const line = bias2.extra.pop();
        bias2.extra.unshift({ ...line, text: `training data changed for this attribute: ${line.text}` });
        return false;
      }
      return true;
    });
  }
  const metricNode = nodes.find((n) => n.signal.category === "metric_regression");
  if (metricNode && nCur > 0) {
    nodes = nodes.filter((n) => {
      if (n.signal.category !== "segment_regression" || keepsSegment(n.signal, namedKeys, nCur)) return true;
      absorb(metricNode, n);
      return false;
    });
    const conds = (n) => n.signal.segment?.column.split(" & ").length ?? 1;
    const named2 = (n) => nodes.some((c) => !SYMPTOMS.has(c.signal.category) && c.signal.segment && sameSegment2(c.signal, n.signal)) ? 0 : 1;
    const isBin = (n) => /^[[(]/.test(n.signal.segment?.value ?? "") ? 1 : 0;
    const segsByStrength = nodes.filter((n) => n.signal.category === "segment_regression").sort((x, y) => named2(x) - named2(y) || conds(x) - conds(y) || isBin(x) - isBin(y) || byStrength(x, y));
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
  const metricLead = nodes.find((n) => n.signal.category === "metric_regression");
  if (metricLead && metricLead.signal.metric === "mean_error" && SEVERITY_RANK[metricLead.severity] > 1) {
    const sizeFell = signals.some((x) => x.category === "metric_regression" && x.metric !== "mean_error" && x.source !== "metrics file" && severityOf(x) !== "info");
    if (!sizeFell) metricLead.severity = "minor";
  }
  const regressionRank = Math.max(0, ...nodes.filter((n) => n.signal.category === "metric_regression" || n.signal.category === "segment_regression").map((n) => SEVERITY_RANK[n.severity]));
  for (const n of nodes) {
    if (n.signal.category === "prediction_shift" && n.signal.details["kind"] !== "decision_rule" && SEVERITY_RANK[n.severity] > regressionRank) n.severity = SEVERITY_BY_RANK[regressionRank];
  }
  const ranked = analysis.evalPairs.some((p) => p.performance.metrics.some((m) => RANKING_METRICS.test(m.name) && m.baseline !== null && m.current !== null));
  const discrimination = ranked ? RANKING_METRICS : THRESHOLD_METRICS;
  const discriminationLabels = ranked ? /^(ROC AUC|Average precision)/ : /^(Accuracy|F1|Macro F1|R²)/;
  const discriminationRank = Math.max(
    -1,
    ...signals.filter((s) => s.category === "metric_regression" && s.significant && s.strength >= 0.25 && discrimination.test(s.metric ?? "")).map((s) => SEVERITY_RANK[severityOf(s)]),
    ...[...nodes.find((n) => n.signal.category === "metric_regression")?.extra ?? []].filter((e) => discriminationLabels.test(e.text) && / fell/.test(e.text)).map(() => 1)
  );
  const upstreamCause = nodes.some((n) => UPSTREAM.has(n.signal.category) && n.severity !== "info" && !(n.signal.details["comparison"] === "reference"));
  const biasIsConsequence = (n) => n.signal.category === "bias" && upstreamCause && !trainingMixChanged(signals, n.signal.segment?.column);
  const outputColumns = new Set(analysis.evalPairs.flatMap((p) => [p.cur.predColumn, p.cur.scoreColumn].filter((x) => x !== null)));
  const isDecisionRule = (n) => n.signal.details["kind"] === "decision_rule";
  const isModelOutput = (n) => n.signal.category === "data_quality" && n.signal.feature !== void 0 && outputColumns.has(n.signal.feature);
  const isSymptom2 = (n) => SYMPTOMS.has(n.signal.category) && !isDecisionRule(n) || n.signal.category === "calibration" && discriminationRank >= SEVERITY_RANK[n.severity] || biasIsConsequence(n) || isModelOutput(n);
  if (attr && headline2) {
    for (const n of nodes) if (n.signal.category !== "infrastructure") n.share = attributeSignal(attr, n.signal);
  }
  for (const n of nodes) {
    if (!n.share || isSymptom2(n) || n.signal.category === "infrastructure") continue;
    if (n.share.share.hi < SHARE_LITTLE && SEVERITY_RANK[n.severity] > 1) n.severity = "minor";
    else if (n.share.share.lo >= SHARE_MOST && SEVERITY_RANK[n.severity] < regressionRank) n.severity = SEVERITY_BY_RANK[regressionRank];
  }
  if (regressionRank === 0) {
    for (const n of nodes) {
      if (NO_REGRESSION_EXEMPT.has(n.signal.category) || SEVERITY_RANK[n.severity] <= 1) continue;
      n.severity = "minor";
    }
  }
  for (const n of nodes) {
    if (n.signal.details["suspected_by"] === "elimination" && SEVERITY_RANK[n.severity] > Math.max(1, regressionRank)) n.severity = SEVERITY_BY_RANK[Math.max(1, regressionRank)];
  }
  const causes = nodes.filter((n) => !isSymptom2(n) && n.signal.category !== "infrastructure");
  const primaryRank = upstreamRank;
  const labelShift2 = causes.find((m) => m.signal.category === "label_shift");
  const priorEce = labelShift2 && attr ? priorReweightedEce(attr.ctx, expectedCalibrationError) : null;
  if (labelShift2 && priorEce && priorEce.cur - priorEce.base > 0 && (priorEce.reweighted - priorEce.base) / (priorEce.cur - priorEce.base) >= SHARE_MOST) {
    for (const n of causes.filter((x) => x.signal.category === "calibration")) {
      n.explainedBy = labelShift2;
      if (SEVERITY_RANK[labelShift2.severity] < SEVERITY_RANK[n.severity]) labelShift2.severity = n.severity;
      n.extra.unshift({
        text: `the baseline model re-weighted to the current label mix shows ECE ${r32(priorEce.reweighted)} (baseline ${r32(priorEce.base)}, current ${r32(priorEce.cur)}): the label prior accounts for ${Math.round(100 * (priorEce.reweighted - priorEce.base) / (priorEce.cur - priorEce.base))} % of the change`
      });
    }
  }
  for (const n of causes) {
    if (n.explainedBy) continue;
    const explainer = causes.find((m) => explainRuleFor(m, n) !== null);
    if (explainer) n.explainedBy = explainer;
  }
  const byShare = (a, b) => a.share && b.share && Math.abs(a.share.share.share - b.share.share.share) > SHARE_TIE ? b.share.share.share - a.share.share.share : 0;
  const primary = causes.filter((n) => n.explainedBy === null).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || byShare(a, b) || byStrength(a, b) || primaryRank(a.signal.category) - primaryRank(b.signal.category));
  const top = primary[0] ?? null;
  const topExplains = top !== null && (top.share === null || top.share.share.lo > 0);
  for (const n of nodes) {
    if (isSymptom2(n) && top && topExplains) n.explainedBy = top;
  }
  const segmentOf = (p) => p.signal.segment ?? (p.share?.segmentValue !== void 0 && p.signal.feature ? { column: p.signal.feature, value: p.share.segmentValue } : void 0);
  const names = (p, s) => {
    const seg2 = segmentOf(p);
    return seg2 !== void 0 && s.segment !== void 0 && seg2.column === s.segment.column && seg2.value === s.segment.value;
  };
  const headlineNode = nodes.find((n) => n.signal.category === "metric_regression" && n.explainedBy === top);
  if (top && headlineNode) {
    const causeColumns = new Set(primary.flatMap((p) => segmentOf(p)?.column ?? []));
    nodes = nodes.filter((n) => {
      if (n.signal.category !== "segment_regression" || n.explainedBy !== top || !n.signal.segment) return true;
      if (!segmentIsEvidence(n.signal.segment, top.share?.share.lo ?? null, causeColumns, namedKeys)) return true;
      absorb(headlineNode, n);
      return false;
    });
  }
  const causeSegmentCols = new Set(primary.flatMap((p) => p.signal.segment ? [p.signal.segment.column] : []));
  const causeSegments = primary.filter((p) => segmentOf(p));
  const symptomRank = (n) => {
    const s = n.signal;
    if (s.category === "segment_regression") {
      if (causeSegments.some((p) => names(p, s))) return 0;
      if (s.segment && causeSegmentCols.has(s.segment.column)) return 1;
      const share2 = s.details["shareOfDrop"];
      const n_ = s.details["n"];
      if (primary.length === 0 && typeof share2 === "number" && typeof n_ === "number" && share2 >= 0.5 && localization(share2, n_, nCur) >= LOCALIZED) return 1.5;
      return 3;
    }
    if (s.category === "metric_regression") return 2;
    if (s.category === "calibration") return 3.5;
    return 4;
  };
  const symptoms = nodes.filter(isSymptom2).sort((a, b) => symptomRank(a) - symptomRank(b) || byStrength(a, b));
  const strongPrimary = primary.filter((p, i) => i === 0 || SEVERITY_RANK[p.severity] >= 2);
  const weakPrimary = primary.filter((p) => !strongPrimary.includes(p));
  const explained = causes.filter((n) => n.explainedBy !== null).sort(byStrength);
  const infra = nodes.filter((n) => n.signal.category === "infrastructure").sort(byStrength);
  const headlineSymptoms = symptoms.filter((s) => s.signal.category === "metric_regression" || s.signal.category === "segment_regression");
  const otherSymptoms = symptoms.filter((s) => !headlineSymptoms.includes(s));
  const metricSymptoms = headlineSymptoms.filter((s) => s.signal.category === "metric_regression");
  const namedSegments = headlineSymptoms.filter((s) => s.signal.category === "segment_regression" && symptomRank(s) === 0 && strongPrimary.some((p) => names(p, s.signal)));
  const restSymptoms = headlineSymptoms.filter((s) => !metricSymptoms.includes(s) && !namedSegments.includes(s));
  const ordered = orderFindings({
    seriousInfrastructure: infra.filter((n) => SEVERITY_RANK[n.severity] >= 2),
    strongCauses: strongPrimary,
    metricSymptoms,
    namedSegments,
    headlineSymptoms,
    restSymptoms,
    weakCauses: weakPrimary,
    explained,
    otherSymptoms,
    minorInfrastructure: infra.filter((n) => SEVERITY_RANK[n.severity] < 2)
  });
  const headlineMetric = symptoms.find((n) => n.signal.category === "metric_regression")?.signal.metric ?? null;
  const ids = /* @__PURE__ */ new Map();
  ordered.forEach((n, i) => ids.set(n, `F${i + 1}`));
  const ctx = { paramChanges: analysis.paramChanges, headlineMetric };
  const advice = /* @__PURE__ */ new Map();
  const adviceOf = (n, seen = /* @__PURE__ */ new Set()) => {
    const known = advice.get(n);
    if (known) return known;
    const cause = n.explainedBy && ids.has(n.explainedBy) && !seen.has(n.explainedBy) ? n.explainedBy : null;
    const a = cause ? symptomAdvice(
      n.signal,
      { id: ids.get(cause), signal: cause.signal, share: cause.share ? { share: cause.share.share.share, lo: cause.share.share.lo, hi: cause.share.share.hi, metric: attr?.metric ?? null } : null },
      adviceOf(cause, /* @__PURE__ */ new Set([...seen, n]))
    ) : causeAdvice(
      n.signal,
      ctx,
      ordered.filter((m) => m.explainedBy === n).map((m) => ({ id: ids.get(m), signal: m.signal }))
    );
    advice.set(n, a);
    return a;
  };
  const findings = ordered.map((n) => {
    const s = n.signal;
    const f = {
      id: ids.get(n),
      category: s.category,
      severity: n.severity,
      area: s.area,
      title: s.title,
      ...s.metric !== void 0 ? { metric: s.metric } : {},
      ...s.feature !== void 0 ? { feature: s.feature } : {},
      ...s.segment !== void 0 ? { segment: { column: s.segment.column, value: s.segment.value } } : {},
      evidence: [...n.share ? [{ text: attributionText(n.share, attr?.metric ?? null), value: n.share.share.share }] : [], ...s.evidence, ...s.errors ? errorEvidence(s.errors) : [], ...n.extra].map((e) => ({
        text: e.text,
        ...e.value !== void 0 && Number.isFinite(e.value) ? { value: e.value } : {}
      })),
      ...adviceOf(n)
    };
    if (n.explainedBy && ids.has(n.explainedBy)) f.explainedBy = ids.get(n.explainedBy);
    f.role = f.explainedBy !== void 0 || isSymptom2(n) ? "symptom" : "cause";
    if (n.share) f.attribution = { share: round6(n.share.share.share), lo: round6(n.share.share.lo), hi: round6(n.share.share.hi), metric: attr?.metric ?? null };
    return f;
  });
  const verdict = verdictOf(findings, config.gate.failOn);
  const characterization = characterize(findings, analysis, signals);
  return { findings, verdict, summary: summarize(findings, verdict, analysis), characterization };
}
var Z952 = normalQuantile(0.975);
var MIN_CLASS_SUPPORT = 10;
function keepsSegment(s, named, nRows) {
  if (s.segment && named.has(`${s.segment.column}\0${s.segment.value}`)) return true;
  const support = s.details["class_support"];
  if (typeof support === "number" && support < MIN_CLASS_SUPPORT) return false;
  const share2 = s.details["shareOfDrop"];
  const n = s.details["n"];
  if (typeof share2 !== "number" || typeof n !== "number") return true;
  return localization(share2, n, nRows) >= LOCALIZED;
}
function segmentIsEvidence(seg2, topShareLo, causeColumns, named) {
  if (topShareLo === null || topShareLo < SHARE_MOST) return false;
  if (causeColumns.has(seg2.column)) return false;
  return !named.has(`${seg2.column}\0${seg2.value}`);
}
function sizedByImpact(s, headline2, nRows, named) {
  if (s.category !== "segment_regression" || !s.significant || nRows <= 0 || !s.segment) return s;
  if (!named.has(`${s.segment.column}\0${s.segment.value}`)) return s;
  const share2 = s.details["shareOfDrop"];
  const n = s.details["n"];
  if (typeof share2 !== "number" || typeof n !== "number" || !(share2 > 0)) return s;
  if (localization(share2, n, nRows) < LOCALIZED) return s;
  const impact = headline2.strength * Math.min(1, share2);
  return impact > s.strength ? { ...s, strength: impact, details: { ...s.details, strength_from: "share of the headline regression" } } : s;
}
function referenceSegmentSignals(attr, signals, headline2) {
  const out = [];
  for (const s of signals) {
    if (s.category !== "feature_drift" || s.details["comparison"] !== "reference" || !s.feature || !s.significant || s.strength < 0.25) continue;
    const a = attributeSignal(attr, s);
    if (!a || a.segmentValue === void 0) continue;
    const column2 = s.feature;
    const value = a.segmentValue;
    if (signals.some((x) => x.category === "segment_regression" && x.significant && x.strength >= 0.25 && x.segment?.column === column2 && x.segment.value === value)) continue;
    const groups = Math.max(1, a.segments ?? 2);
    const se = (a.share.hi - a.share.lo) / (2 * Z952);
    if (!(se > 0) || a.share.share / se < normalQuantile(1 - 0.025 / groups)) continue;
    out.push({
      category: "segment_regression",
      area: "evaluation",
      strength: Math.max(0.25, headline2.strength * Math.min(1, a.share.share)),
      significant: true,
      title: `${column2}=${value}: the segment whose training-data share changed carries ${Math.round(100 * a.share.share)} % of the ${headline2.metric ?? "metric"} regression`,
      ...headline2.metric !== void 0 ? { metric: headline2.metric } : {},
      segment: { column: column2, value },
      evidence: [{ text: `the training data's make-up of ${column2} changed: ${s.title}` }],
      details: { shareOfDrop: a.share.share, share_lo: a.share.lo, share_hi: a.share.hi, n: a.rows, derived_from: "attribution" }
    });
  }
  return out;
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
function withinTolerance(s, config) {
  if (s.category !== "metric_regression" || !s.metric) return false;
  const leaf = s.metric.split(/[.:]/).pop();
  const key = Object.keys(config.metrics).find((k) => k === s.metric || k.split(/[.:]/).pop() === leaf);
  const rule = key === void 0 ? void 0 : config.metrics[key];
  const delta = s.details["delta"];
  const base = s.details["baseline"];
  if (!rule || rule.tolerance === void 0 || typeof delta !== "number") return false;
  const limit = rule.relative ? rule.tolerance * Math.abs(typeof base === "number" ? base : 0) : rule.tolerance;
  return Math.abs(delta) <= limit;
}
var SAME_EVENT_REL = 0.01;
function eventOf(s) {
  if (s.category !== "preprocessing" || !s.feature) return null;
  const kind = s.details["kind"];
  const v = kind === "offset" ? s.details["offset"] : s.details["ratio"];
  if (typeof kind !== "string" || typeof v !== "number" || !Number.isFinite(v) || v === 0) return null;
  return { key: `${kind}|${String(s.details["comparison"])}`, value: v };
}
function mergeOneEvent(nodes) {
  const out = [];
  const groups = [];
  for (const n of nodes) {
    const e = eventOf(n.signal);
    if (!e) {
      out.push(n);
      continue;
    }
    const g = groups.find((x) => x.key === e.key && Math.abs(x.value - e.value) <= SAME_EVENT_REL * Math.max(Math.abs(x.value), Math.abs(e.value)));
    if (g) g.nodes.push(n);
    else {
      groups.push({ key: e.key, value: e.value, nodes: [n] });
      out.push(n);
    }
  }
  for (const g of groups) {
    if (g.nodes.length < 2) continue;
    const [lead, ...rest] = g.nodes;
    const names = g.nodes.map((n) => `\`${n.signal.feature}\``);
    lead.signal = {
      ...lead.signal,
      title: `${lead.signal.title} \u2014 one event: ${names.join(", ")} changed by the same ${lead.signal.details["kind"] === "offset" ? "offset" : "factor"}`,
      details: { ...lead.signal.details, same_event_features: g.nodes.map((n) => n.signal.feature).join(", ") }
    };
    for (const r of rest) absorb(lead, r);
  }
  return out;
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
  const counted2 = findings.filter((f) => f.severity !== "info");
  if (counted2.length === 0) {
    const n = analysis.evalPairs.reduce((a, p) => a + p.cur.n, 0);
    return `No regression beyond noise: ${analysis.metricDiffs.length} metrics compared${n > 0 ? `, ${n} eval rows analysed` : ""}; nothing reached minor severity.`;
  }
  const top = counted2[0];
  const rest = counted2.length - 1;
  const bySev = (s) => counted2.filter((f) => f.severity === s).length;
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
var r32 = (v) => String(Number(v.toPrecision(3)));
function measuredFor(category, a) {
  const t = a.training.find((x) => x.base !== null);
  const fin = (v) => v === null || v === void 0 ? "\u2014" : r32(v);
  if (t?.base && (category === "overfitting" || category === "underfitting")) {
    return `final val loss ${fin(t.base.finalValLoss)} \u2192 ${fin(t.cur.finalValLoss)}, best at ${t.base.xName} ${fin(t.base.bestValX)} \u2192 ${fin(t.cur.bestValX)}, gap ${fin(t.base.finalGap)} \u2192 ${fin(t.cur.finalGap)}`;
  }
  if (t?.base && (category === "training_instability" || category === "learning_rate")) {
    const nf = Object.values(t.cur.nonFinite).reduce((x, y) => x + y, 0);
    return `${nf} non-finite values; max grad norm ${fin(t.base.gradNorm?.max)} \u2192 ${fin(t.cur.gradNorm?.max)}; final train loss ${fin(t.base.finalTrainLoss)} \u2192 ${fin(t.cur.finalTrainLoss)}`;
  }
  const pairs = a.evalPairs.filter((p) => p.base !== null);
  if (pairs.length === 0) return null;
  const data = pairs.map((p) => p.data);
  const perf = pairs.map((p) => p.performance);
  switch (category) {
    case "feature_drift": {
      const all = data.flatMap((d) => d.drift.filter((x) => x.comparison === "eval"));
      if (all.length === 0) return null;
      const top = all.reduce((m, x) => x.psi > m.psi ? x : m);
      return `largest eval drift PSI ${r32(top.psi)} (${top.feature}) across ${all.length} features`;
    }
    case "label_shift": {
      const l = data.flatMap((d) => d.labelShift.filter((x) => x.comparison === "eval"))[0];
      return l ? `label distribution PSI ${r32(l.psi)}` : null;
    }
    case "leakage": {
      const l = data.flatMap((d) => d.leakage.filter((x) => x.kind === "train_overlap"))[0];
      return l ? `${r32(100 * l.cur)}% of eval rows in the training sample` : null;
    }
    case "calibration": {
      const c = perf.find((p) => p.calibration?.ece);
      const e = c?.calibration?.ece;
      return e && e.baseline !== null && e.current !== null ? `ECE ${r32(e.baseline)} \u2192 ${r32(e.current)}${e.ci ? ` (95% CI of the change [${r32(e.ci[0])}, ${r32(e.ci[1])}])` : ""}` : null;
    }
    case "bias": {
      const b = perf.flatMap((p) => p.bias)[0];
      return b && b.gapDelta !== null ? `largest group gap of ${b.column} changed by ${r32(b.gapDelta)}` : null;
    }
    default:
      return null;
  }
}
function testedFor(category, a) {
  const haveEval = a.evalPairs.some((p) => p.base !== null);
  const haveLogs = a.logPairs.length > 0;
  const measured2 = measuredFor(category, a);
  if (measured2) return measured2;
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

// src/report/build.ts
function buildReport(input) {
  const { analysis, diagnosis } = input;
  const metrics = analysis.metricDiffs.map((m) => {
    const row = {
      name: m.name,
      baseline: finiteOrNull2(m.baseline),
      current: finiteOrNull2(m.current),
      delta: m.delta === null ? null : finiteOrNull2(round6(m.delta)),
      direction: m.direction,
      status: m.status
    };
    const iv = input.intervals?.get(m.name.split(/[.:]/).pop());
    if (iv && !/^(train|val|valid|validation|data)\./i.test(m.name)) {
      row.ci = [round6(iv.ci[0]), round6(iv.ci[1])];
      row.significant = iv.significant;
      if (iv.rows) row.rows = { table: iv.rows.table, baseline: round6(iv.rows.baseline), current: round6(iv.rows.current), delta: round6(iv.rows.delta) };
    }
    return row;
  });
  const visuals = buildVisuals(analysis, diagnosis, input.histograms);
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
    characterization: diagnosis.characterization,
    ...visuals ? { visuals } : {}
  };
}
function finiteOrNull2(v) {
  return v === null || !Number.isFinite(v) ? null : v;
}

// src/query/run-query.ts
var QUERY_LIMITS = { groups: 30, examples: 20, points: 50, featuresPerExample: 8, text: 200, topValues: 10 };
var CLASSIFICATION_METRICS = ["accuracy", "error_rate", "positive_rate", "mean_score", "n"];
var REGRESSION_METRICS = ["mae", "rmse", "mean_error", "n"];
function r62(x) {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : null;
}
function cut2(s) {
  return s.length > QUERY_LIMITS.text ? `${s.slice(0, QUERY_LIMITS.text - 1)}\u2026` : s;
}
function column(view, name2) {
  return view.table.columns.find((c) => c.name === name2) ?? view.table.columns.find((c) => c.name.toLowerCase() === name2.toLowerCase());
}
function columnNames(view) {
  return view.table.columns.slice(0, 60).map((c) => cut2(c.name));
}
var BIN = /^\[\s*(-?[\d.eE+-]+|-inf)\s*,\s*(-?[\d.eE+-]+|inf)\s*([)\]])$/;
function segmentRows(view, segment) {
  const all = Array.from({ length: view.n }, (_, i) => i);
  if (segment === void 0) return all;
  const col = column(view, segment.column);
  if (col === void 0) return { error: `no column '${cut2(segment.column)}' in ${view.path}`, columns: columnNames(view) };
  const bin = col.kind === "number" ? BIN.exec(segment.value.trim()) : null;
  if (bin && col.kind === "number") {
    const lo = bin[1] === "-inf" ? -Infinity : Number(bin[1]);
    const hi = bin[2] === "inf" ? Infinity : Number(bin[2]);
    return all.filter((i) => !col.missing[i] && col.values[i] >= lo && (bin[3] === "]" ? col.values[i] <= hi : col.values[i] < hi));
  }
  return all.filter((i) => cellText(col, i) === segment.value);
}
function metricOf(view, rows, metric) {
  if (metric === "n") return rows.length;
  let sum2 = 0;
  let count4 = 0;
  for (const i of rows) {
    const t = view.yTrue[i];
    const p = view.yPred?.[i] ?? NaN;
    let v;
    switch (metric) {
      case "accuracy":
        v = p === t ? 1 : 0;
        break;
      case "error_rate":
        v = p === t ? 0 : 1;
        break;
      case "positive_rate":
        v = p === 1 ? 1 : 0;
        break;
      case "mean_score":
        v = view.score?.[i] ?? NaN;
        break;
      case "mae":
        v = Math.abs(p - t);
        break;
      case "rmse":
        v = (p - t) ** 2;
        break;
      default:
        v = p - t;
    }
    if ((metric === "accuracy" || metric === "error_rate" || metric === "positive_rate") && (Number.isNaN(t) || Number.isNaN(p))) continue;
    if (!Number.isFinite(v)) continue;
    sum2 += v;
    count4++;
  }
  if (count4 === 0) return null;
  return metric === "rmse" ? r62(Math.sqrt(sum2 / count4)) : r62(sum2 / count4);
}
function quantile2(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function finiteSorted(col, rows) {
  const out = [];
  for (const i of rows) {
    const v = col.values[i];
    if (!col.missing[i] && Number.isFinite(v)) out.push(v);
  }
  return Float64Array.from(out).sort();
}
function groupsOf(col, rows) {
  if (col.kind === "string") {
    const counts3 = /* @__PURE__ */ new Map();
    for (const i of rows) {
      const t = cellText(col, i);
      if (t !== "") counts3.set(t, (counts3.get(t) ?? 0) + 1);
    }
    const labels2 = [...counts3.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
    return { labels: labels2.slice(0, QUERY_LIMITS.groups), omitted: Math.max(0, labels2.length - QUERY_LIMITS.groups) };
  }
  const sorted = finiteSorted(col, rows);
  if (sorted.length === 0) return { labels: [], omitted: 0 };
  const edges = [...new Set([0, 0.25, 0.5, 0.75, 1].map((q) => Number(quantile2(sorted, q).toPrecision(6))))];
  if (edges.length === 1) return { labels: [`[${edges[0]}, ${edges[0]}]`], omitted: 0 };
  const labels = edges.slice(0, -1).map((lo, k) => `[${lo}, ${edges[k + 1]}${k === edges.length - 2 ? "]" : ")"}`);
  return { labels, omitted: 0 };
}
function pair(base, cur) {
  const c = cur.evals[0];
  const b = c && base ? base.evals.find((e) => e.path === c.path) ?? base.evals[0] : void 0;
  return { cur: c, base: b };
}
function distribution(view, feature, segment) {
  if (view === void 0) return null;
  const col = column(view, feature);
  if (col === void 0) return { error: `no column '${cut2(feature)}' in ${view.path}` };
  const rows = segmentRows(view, segment);
  if (!Array.isArray(rows)) return rows;
  if (col.kind === "number") {
    const s = finiteSorted(col, rows);
    let sum2 = 0;
    for (const v of s) sum2 += v;
    const mean = s.length > 0 ? sum2 / s.length : NaN;
    let sq = 0;
    for (const v of s) sq += (v - mean) ** 2;
    return {
      n: rows.length,
      missingOrNonFinite: rows.length - s.length,
      mean: r62(mean),
      std: r62(s.length > 1 ? Math.sqrt(sq / (s.length - 1)) : NaN),
      min: r62(s[0] ?? NaN),
      p25: r62(quantile2(s, 0.25)),
      median: r62(quantile2(s, 0.5)),
      p75: r62(quantile2(s, 0.75)),
      max: r62(s[s.length - 1] ?? NaN)
    };
  }
  const counts3 = /* @__PURE__ */ new Map();
  let missing = 0;
  for (const i of rows) {
    const t = cellText(col, i);
    if (t === "") missing++;
    else counts3.set(t, (counts3.get(t) ?? 0) + 1);
  }
  const top = [...counts3.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    n: rows.length,
    missing,
    distinct: counts3.size,
    top: top.slice(0, QUERY_LIMITS.topValues).map(([value, c]) => ({ value: cut2(value), count: c, share: r62(c / rows.length) }))
  };
}
function labelText(view, v) {
  if (Number.isNaN(v)) return null;
  return view.task === "regression" ? r62(v) : cut2(view.classes[v] ?? String(v));
}
var CURVE_ALIASES = {
  train_loss: "trainLoss",
  loss: "trainLoss",
  val_loss: "valLoss",
  valid_loss: "valLoss",
  eval_loss: "valLoss",
  lr: "lr",
  learning_rate: "lr",
  grad_norm: "gradNorm"
};
function curveOf(log, series) {
  if (log === void 0) return null;
  const key = series.toLowerCase();
  const alias = CURVE_ALIASES[key];
  const values = alias ? log[alias] : log.series[series] ?? Object.entries(log.series).find(([k]) => k.toLowerCase() === key)?.[1] ?? null;
  if (values === null) return { error: `no series '${cut2(series)}' in ${log.path}`, series: [...Object.keys(CURVE_ALIASES).filter((k) => CURVE_ALIASES[k] && log[CURVE_ALIASES[k]] !== null), ...Object.keys(log.series)].map(cut2) };
  const n = values.length;
  const step = Math.max(1, Math.ceil(n / QUERY_LIMITS.points));
  const idx = [];
  for (let i = 0; i < n; i += step) idx.push(i);
  if (n > 0 && idx[idx.length - 1] !== n - 1) idx.push(n - 1);
  let best = -1;
  for (let i = 0; i < n; i++) if (Number.isFinite(values[i]) && (best < 0 || values[i] < values[best])) best = i;
  const nonFinite = values.filter((v) => !Number.isFinite(v)).length;
  return {
    path: cut2(log.path),
    x: log.xName,
    points: idx.map((i) => [r62(log.x[i]), r62(values[i])]),
    ...idx.length < n ? { pointsShown: idx.length, pointsLogged: n } : {},
    min: best >= 0 ? { x: r62(log.x[best]), value: r62(values[best]) } : null,
    last: n > 0 ? r62(values[n - 1]) : null,
    nonFinite
  };
}
function runDataQuery(base, cur) {
  const views = pair(base, cur);
  return {
    segmentMetrics(columnName, metricName2, value) {
      const c = views.cur;
      if (c === void 0) return { error: "the current run has no eval table" };
      const metric = metricName2.trim().toLowerCase();
      const allowed = c.task === "regression" ? REGRESSION_METRICS : CLASSIFICATION_METRICS;
      if (!allowed.includes(metric)) return { error: `metric '${cut2(metricName2)}' is not one of: ${allowed.join(", ")} (${c.task})` };
      const col = column(c, columnName);
      if (col === void 0) return { error: `no column '${cut2(columnName)}' in ${c.path}`, columns: columnNames(c) };
      const groups = value === void 0 ? groupsOf(col, segmentRows(c, void 0)) : { labels: [value], omitted: 0 };
      const rows = groups.labels.map((label) => {
        const seg2 = { column: col.name, value: label };
        const curRows = segmentRows(c, seg2);
        const baseRows = views.base ? segmentRows(views.base, seg2) : null;
        const cv = Array.isArray(curRows) ? metricOf(c, curRows, metric) : null;
        const bv = views.base && Array.isArray(baseRows) ? metricOf(views.base, baseRows, metric) : null;
        return {
          value: cut2(label),
          n: Array.isArray(curRows) ? curRows.length : 0,
          nBaseline: Array.isArray(baseRows) ? baseRows.length : null,
          baseline: bv,
          current: cv,
          delta: bv !== null && cv !== null ? r62(cv - bv) : null
        };
      });
      return { table: cut2(c.path), column: cut2(col.name), metric, rows, ...groups.omitted > 0 ? { omitted: groups.omitted } : {} };
    },
    featureDistribution(feature, segment) {
      if (views.cur === void 0) return { error: "the current run has no eval table" };
      return { feature: cut2(feature), ...segment ? { segment: { column: cut2(segment.column), value: cut2(segment.value) } } : {}, baseline: distribution(views.base, feature, segment), current: distribution(views.cur, feature, segment) };
    },
    exampleErrors(limit, segment) {
      const c = views.cur;
      if (c === void 0) return { error: "the current run has no eval table" };
      if (c.yPred === null) return { error: `${c.path} has no prediction or score column` };
      const rows = segmentRows(c, segment);
      if (!Array.isArray(rows)) return rows;
      const yPred = c.yPred;
      const confidence = (i) => {
        if (c.task === "regression") return Math.abs(yPred[i] - c.yTrue[i]);
        if (c.score) return Math.abs(c.score[i] - 0.5) * 2;
        if (c.probs) return Math.max(...c.probs.map((p) => p[i]));
        return 0;
      };
      const wrong = rows.filter((i) => c.task === "regression" ? Number.isFinite(yPred[i] - c.yTrue[i]) : !Number.isNaN(c.yTrue[i]) && !Number.isNaN(yPred[i]) && yPred[i] !== c.yTrue[i]);
      const conf = new Map(wrong.map((i) => [i, confidence(i)]));
      wrong.sort((a, b) => conf.get(b) - conf.get(a) || a - b);
      const n = Math.max(1, Math.min(QUERY_LIMITS.examples, Math.floor(limit)));
      const shown = c.features.slice(0, QUERY_LIMITS.featuresPerExample);
      return {
        table: cut2(c.path),
        rows: rows.length,
        [c.task === "regression" ? "withError" : "misclassified"]: wrong.length,
        examples: wrong.slice(0, n).map((i) => ({
          row: i + 1,
          ...c.ids ? { id: cut2(c.ids.text(i)) } : {},
          label: labelText(c, c.yTrue[i]),
          prediction: labelText(c, yPred[i]),
          ...c.score ? { score: r62(c.score[i]) } : {},
          features: Object.fromEntries(shown.map((f) => [cut2(f.name), cut2(cellText(f, i))]))
        })),
        ...c.features.length > shown.length ? { featuresNotShown: c.features.length - shown.length } : {}
      };
    },
    trainingCurve(series) {
      const cl = cur.trainLogs[0];
      if (cl === void 0) return { error: "the current run has no training log" };
      const bl = base?.trainLogs.find((l) => l.path === cl.path) ?? base?.trainLogs[0];
      return { series: cut2(series), baseline: curveOf(bl, series), current: curveOf(cl, series) };
    }
  };
}

// src/review.ts
function ahead(run) {
  for (const v of run.evals) {
    try {
      prepareAhead(v);
    } catch {
    }
  }
  return run;
}
function nextTurn() {
  return new Promise((resolve) => setImmediate(resolve));
}
async function review(input) {
  const timer = input.timer ?? NO_TIMER;
  const parser = input.parser ?? IN_PROCESS_PARSER;
  const [loadedCur, loadedBase] = await timer.stageAsync("load", async () => {
    const buffer = new ReadBuffer();
    let curIn = false;
    const curLoad = loadRun(input.current, input.config, parser, buffer).then((c) => (curIn = true, c));
    const baseLoad = input.baseline ? loadRun(input.baseline, input.config, parser, buffer).then(async (b) => {
      await nextTurn();
      return curIn ? b : ahead(b);
    }) : Promise.resolve(null);
    const loads = [curLoad, baseLoad];
    try {
      const [c, b] = await Promise.all(loads);
      return [c, b ? shareTwinArrays(b, c) : b];
    } finally {
      await Promise.allSettled(loads);
      buffer.release();
    }
  });
  await parser.close();
  const has = (r, file) => r !== null && r.evals.some((e) => e.path.toLowerCase() === file.replace(/^\.\//, "").toLowerCase());
  const keep = (r, other) => ({ ...r, problems: r.problems.filter((p) => !p.missingConfigured || !has(other, p.file)) });
  const cur = keep(loadedCur, loadedBase);
  const base = loadedBase ? keep(loadedBase, loadedCur) : null;
  return reviewLoaded(base, cur, input);
}
async function reviewLoaded(base, cur, input) {
  const timer = input.timer ?? NO_TIMER;
  let analysis;
  const jobs = /* @__PURE__ */ new Map();
  if (input.dataRunner) analysis = await analyzeRunsParallel(base, cur, input.config, input.dataRunner, timer, (path, job) => jobs.set(path, job));
  else analysis = analyzeRuns(base, cur, input.config, timer);
  let report;
  try {
    const diagnosis = timer.stage("diagnosis", () => diagnose(analysis, input.config, { reason: input.baselineMissingReason, fetchFailed: input.baselineFetchFailed ?? false }));
    report = timer.stage("render", () => buildReport({
      analysis,
      diagnosis,
      config: input.config,
      ...reportRows(analysis),
      baseline: input.baseline ? { source: input.baseline.kind, ref: input.baseline.ref } : { source: "none", ref: "" },
      current: { source: input.current.kind, ref: input.current.ref },
      histograms: (table, feature, segment) => jobs.get(table)?.histogram(feature, segment)
    }));
  } finally {
    await input.dataRunner?.close();
  }
  return { report, query: runDataQuery(base, cur), problems: [...base?.problems ?? [], ...cur.problems].filter((p) => !p.truncated) };
}
function reportRows(a) {
  const intervals = /* @__PURE__ */ new Map();
  const segments = [];
  if (a.evalPairs.length === 1) {
    for (const m of a.evalPairs[0].performance.metrics) {
      if (!m.ci) continue;
      const rows = m.baseline !== null && m.current !== null && m.delta !== null ? { table: a.evalPairs[0].path, baseline: m.baseline, current: m.current, delta: m.delta } : void 0;
      intervals.set(m.name, { ci: [m.ci[0], m.ci[1]], significant: m.significant, ...rows ? { rows } : {} });
    }
    for (const d of a.metricDiffs) {
      const row = rowMetricName(d.name);
      const leaf = d.name.split(/[.:]/).pop();
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
        baseline: round6(s.baseline),
        current: round6(s.current),
        delta: round6(s.delta),
        ci: [round6(s.ci[0]), round6(s.ci[1])],
        significant: s.significant
      });
    }
  }
  return { intervals, segments };
}

// src/analysis/data/data-runner.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
function inThread(input, options) {
  return {
    segments: () => Promise.resolve([]),
    help: () => void 0,
    data: () => Promise.resolve().then(() => analyzeData(input, options)),
    sendSegments: () => void 0,
    histogram: () => void 0
  };
}
function worthAWorker(input) {
  return input.cur.n >= SHARED_MIN_ROWS && (input.base === null || input.base.n >= SHARED_MIN_ROWS);
}
function bundledDataWorkerUrl(base) {
  const url = new URL("./data-worker.js", base);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : null;
}
function overPair({ src }, input) {
  return src.cur.view === input.cur && (src.base === null || src.base.view === input.base);
}
function workerDataRunner(url) {
  let worker = null;
  let closed = false;
  let broken = false;
  const own = (w) => {
    w.unref();
    w.on("error", () => {
      broken = true;
    });
    w.once("exit", () => {
      broken = true;
    });
    return worker = w;
  };
  const started = () => worker ?? own(new Worker(url));
  const done = { worker: 0, here: 0 };
  let jobs = 0;
  const ports = [];
  const here = (input, options) => {
    done.here++;
    return inThread(input, options);
  };
  return {
    done,
    start(input, options, request = null) {
      const later = request === SEGMENTS_LATER;
      const segments = later ? null : request;
      if (closed || broken || !worthAWorker(input) || segments && !overPair(segments, input)) return here(input, options);
      const w = started();
      const id = ++jobs;
      let settleSegments;
      let settleData;
      const segmentsP = new Promise((r) => settleSegments = r);
      const dataP = new Promise((r) => settleData = r);
      const channel = later ? new MessageChannel() : null;
      let sent = !later;
      const histograms = new MessageChannel();
      ports.push(histograms.port1);
      const made = [];
      const contexts = new MessageChannel();
      const finish = (here2, data) => {
        w.off("exit", onExit);
        w.off("message", onMessage);
        channel?.port1.close();
        contexts.port1.close();
        settleSegments([]);
        if (here2) done.here++;
        else done.worker++;
        settleData(data);
      };
      const checkHere = () => inThread(input, options).data();
      const leakage2 = newLeakageClaim();
      let parts = null;
      const partsOf = () => parts ??= leakageParts(input, options.seed, portExchange(contexts.port1));
      let leaksHere = [];
      const help = () => {
        leaksHere = [...leaksHere, ...runClaimedLeakage(partsOf(), leakage2)];
      };
      const onExit = () => {
        broken = true;
        finish(true, checkHere());
      };
      const onMessage = (reply) => {
        if (reply.id !== id) return;
        if (reply.kind === "segments") settleSegments(reply.ok ? reply.segmenters : []);
        else if (!reply.ok) finish(true, checkHere());
        else finish(false, { ...reply.data, leakage: mergeLeakage(partsOf(), [leaksHere, reply.leakage]) });
      };
      w.on("exit", onExit);
      w.on("message", onMessage);
      try {
        if (channel) w.postMessage(dataJob(id, input, options, null, leakage2, channel.port2, histograms.port2, contexts.port2), [channel.port2, histograms.port2, contexts.port2]);
        else w.postMessage(dataJob(id, input, options, segments, leakage2, null, histograms.port2, contexts.port2), [histograms.port2, contexts.port2]);
      } catch {
        finish(true, checkHere());
      }
      const sendSegments = (req) => {
        if (sent) return;
        sent = true;
        const asked = req !== null && overPair(req, input);
        if (!asked) settleSegments([]);
        try {
          channel.port1.postMessage(asked ? segmentJob(req) : null);
        } catch {
          settleSegments([]);
          channel.port1.close();
        }
      };
      const histogram = (feature, segment) => {
        for (let m = receiveMessageOnPort(histograms.port1); m !== void 0; m = receiveMessageOnPort(histograms.port1)) made.push(m.message);
        const want = segment ? `${segment.column}\0${segment.value}` : null;
        const hit = made.find((h) => h.feature === feature && (h.segment ? `${h.segment.column}\0${h.segment.value}` : null) === want);
        return hit ? hit.counts : void 0;
      };
      return { segments: () => segmentsP, help, data: () => dataP, sendSegments, histogram };
    },
    prepare() {
      if (!closed && !broken) started();
    },
    adopt(w) {
      if (worker !== null || closed || broken || w.threadId === -1) void w.terminate();
      else own(w);
    },
    async close() {
      closed = true;
      for (const p of ports.splice(0)) p.close();
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    }
  };
}

export {
  loadAgent,
  LLM_PROVIDERS,
  DEFAULT_CONFIG,
  parseConfig,
  localDirSource,
  inline,
  plainText,
  COMMENT_MARKER,
  utf8Length,
  renderMarkdown,
  SUMMARY_VERSION,
  SCORE_BINS,
  SKETCH_BINS,
  parseSummary,
  buildEvalView,
  NO_TIMER,
  recordingTimer,
  formatTimings,
  summarizeView,
  VERSION,
  review,
  bundledDataWorkerUrl,
  workerDataRunner
};
