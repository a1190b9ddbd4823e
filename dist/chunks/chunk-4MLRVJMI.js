import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/llm/providers.ts
var GITHUB_MODELS_BASE_URL = "https://models.github.ai/inference";
var GITHUB_MODELS_HOSTS = ["models.github.ai", "models.inference.ai.azure.com"];
function isGitHubModelsUrl(baseUrl) {
  if (baseUrl === void 0 || baseUrl.trim() === "") return true;
  try {
    const u = new URL(baseUrl.trim());
    return u.protocol === "https:" && GITHUB_MODELS_HOSTS.includes(u.hostname.toLowerCase());
  } catch {
    return false;
  }
}
var AZURE_HOST = /\.(openai\.azure\.com|services\.ai\.azure\.com|cognitiveservices\.azure\.com)$/i;
function isAzure(baseUrl) {
  if (baseUrl === void 0) return false;
  try {
    return AZURE_HOST.test(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}
function resolveProvider(provider, model, baseUrl, env = {}) {
  const explicit = baseUrl?.trim() ? baseUrl.trim() : void 0;
  const openAiEnv = env["OPENAI_BASE_URL"]?.trim() || void 0;
  const azureEnv = env["AZURE_OPENAI_ENDPOINT"]?.trim() ? `${env["AZURE_OPENAI_ENDPOINT"].trim().replace(/\/+$/, "")}/openai/v1/` : void 0;
  const url = explicit ?? (provider === "openai" || provider === "compatible" ? openAiEnv : provider === "azure" ? azureEnv : void 0);
  const chosen = model?.trim() ? model.trim() : void 0;
  switch (provider) {
    case "openai":
      return { label: "openai", model: chosen ?? "gpt-4o-mini", baseUrl: url, keyEnv: ["OPENAI_API_KEY"], tokenLimitField: "max_completion_tokens" };
    case "github-models":
      return {
        label: "github-models",
        model: chosen ?? "openai/gpt-4o-mini",
        baseUrl: url ?? GITHUB_MODELS_BASE_URL,
        keyEnv: ["GITHUB_TOKEN"],
        tokenLimitField: "max_tokens"
      };
    case "azure":
    case "compatible": {
      if (url === void 0) return { error: `no base URL for provider '${provider}' (set llm-base-url or ${provider === "azure" ? "AZURE_OPENAI_ENDPOINT" : "OPENAI_BASE_URL"})` };
      const azure = provider === "azure" || isAzure(url);
      return {
        label: azure ? "azure" : "compatible",
        model: chosen ?? "gpt-4o-mini",
        baseUrl: url,
        keyEnv: azure ? ["AZURE_OPENAI_API_KEY", "OPENAI_API_KEY"] : ["OPENAI_API_KEY"],
        tokenLimitField: azure ? "max_completion_tokens" : "max_tokens"
      };
    }
  }
}
function resolveApiKey(settings, apiKey, env) {
  if (apiKey?.trim()) return apiKey.trim();
  for (const name of settings.keyEnv) {
    const v = env[name]?.trim();
    if (v) return v;
  }
  return void 0;
}

export {
  isGitHubModelsUrl,
  resolveProvider,
  resolveApiKey
};
