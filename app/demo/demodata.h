#pragma once

#include "demo/demoimages.h"
#include "demo/demorecsys.h"
#include "demo/demotext.h"

#include <QString>

namespace genlens::app::demo {

// Every file of the demo data, written under one directory:
//   images/real/*.png, images/generated/*.png, text/{real,generated,references}.txt,
//   recsys/{train,truth,recs_mf,recs_pop,items}.csv
struct DemoDataFiles
{
    DemoImageFiles images;
    DemoTextFiles text;
    DemoRecsysFiles recsys;
};

struct DemoDataOptions
{
    quint64 seed = 0;
    DemoImageOptions images;
    DemoTextOptions text;
    DemoRecsysOptions recsys;
};

// Builds the three data sets and their generative models and writes them. Deterministic: the
// same options give byte-identical files. Throws std::runtime_error when a file cannot be written.
DemoDataFiles writeDemoData(const QString& directory, const DemoDataOptions& options = {});

} // namespace genlens::app::demo
