"""Installs audiotokens from the fields of settings.ini (the nbdev 2 layout)."""
from configparser import ConfigParser
from pathlib import Path

import setuptools

cfg = ConfigParser(delimiters=["="])
cfg.read(Path(__file__).parent / "settings.ini", encoding="utf-8")
cfg = cfg["DEFAULT"]

licenses = {"apache2": ("Apache Software License 2.0", "OSI Approved :: Apache Software License")}
statuses = ["1 - Planning", "2 - Pre-Alpha", "3 - Alpha", "4 - Beta", "5 - Production/Stable"]
lic = licenses[cfg["license"]]
readme = Path(__file__).parent / "README.md"

setuptools.setup(
    name=cfg["lib_name"],
    version=cfg["version"],
    description=cfg["description"],
    long_description=readme.read_text(encoding="utf-8") if readme.exists() else "",
    long_description_content_type="text/markdown",
    author=cfg["author"],
    author_email=cfg["author_email"],
    url=cfg["git_url"],
    license=lic[0],
    keywords=cfg["keywords"],
    classifiers=[
        "Development Status :: " + statuses[int(cfg["status"]) - 1],
        "Intended Audience :: " + cfg["audience"].title(),
        "Natural Language :: " + cfg["language"].title(),
        "License :: " + lic[1],
        "Programming Language :: Python :: 3",
        "Topic :: Multimedia :: Sound/Audio :: Analysis",
    ],
    python_requires=">=" + cfg["min_python"],
    packages=setuptools.find_packages(include=["audiotokens", "audiotokens.*"]),
    include_package_data=True,
    package_data={"audiotokens": ["data/*.csv", "data/*/*/*"]},   # the fingerprint partition and the shipped fingerprint tokenizer
    install_requires=cfg["requirements"].split(),
    # serve: the web stack of `audiotokens serve` and its client; ray: `index --backend ray`; both kept out of the core
    # install; dev: everything the tests use
    extras_require={"serve": cfg["serve_requirements"].split(), "ray": cfg["ray_requirements"].split(),
                    "dev": cfg["dev_requirements"].split() + cfg["serve_requirements"].split() + cfg["ray_requirements"].split()},
    entry_points={
        "console_scripts": cfg["console_scripts"].split(),
        "nbdev": [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"],
    },
    zip_safe=False,
)
